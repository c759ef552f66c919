package org.cppp.provider;

import java.util.List;

/**
 * A registered provider as the public list shows it: the business contact it registered with (a
 * factory looking for a provider needs it), never GDEIC papers, history or quality checks.
 */
public record PublicProvider(
    String code,
    String name,
    String nameZh,
    ProviderBase base,
    List<Specialism> specialisms,
    String contactPerson,
    String contactPhone,
    String contactEmail) {}
