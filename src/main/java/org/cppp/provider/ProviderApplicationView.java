package org.cppp.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.cppp.platform.ClockConfiguration;

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
    String providerCode) {

  /** When the sender confirmed it, in the programme's time zone (or {@code null}). */
  public ZonedDateTime confirmedTime() {
    return confirmedAt == null ? null : confirmedAt.atZone(ZoneId.of(ClockConfiguration.ZONE));
  }

  /** When an officer decided it, in the programme's time zone (or {@code null}). */
  public ZonedDateTime decidedTime() {
    return decidedAt == null ? null : decidedAt.atZone(ZoneId.of(ClockConfiguration.ZONE));
  }
}
