package org.cppp.provider;

import java.util.List;

/** A registered provider as the public list shows it: never contacts or internal data. */
public record PublicProvider(
    String code, String name, String nameZh, ProviderBase base, List<Specialism> specialisms) {}
