package org.cppp.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider's application to join the register, as officers review it.
 *
 * @param providerCode the code it was registered under, or {@code null}
 */
public record ProviderApplicationView(
    long id,
    String name,
    String nameZh,
    ProviderBase base,
    List<Specialism> specialisms,
    String contactPerson,
    String contactPhone,
    String contactEmail,
    String gdeicRegistrationNo,
    LocalDate gdeicValidUntil,
    ProviderApplicationStatus status,
    Instant submittedAt,
    Instant confirmedAt,
    String decidedBy,
    Instant decidedAt,
    String refusalReason,
    String providerCode) {}
