package org.cppp.provider;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider as programme staff (and the provider's own staff) see it.
 *
 * @param removedOn when it was last removed, or {@code null} while it is on the list
 * @param lapseFlaggedOn when the daily check found its GDEIC registration lapsed, or {@code null}
 */
public record ProviderView(
    String code,
    String name,
    String nameZh,
    ProviderBase base,
    List<Specialism> specialisms,
    String contactPerson,
    String contactPhone,
    String contactEmail,
    LocalDate joinedOn,
    String gdeicRegistrationNo,
    LocalDate gdeicValidUntil,
    LocalDate removedOn,
    String removalReason,
    LocalDate lapseFlaggedOn) {

  /** Whether it is on the list now. */
  public boolean registered() {
    return removedOn == null;
  }

  /** Whether the daily check flagged its GDEIC registration as lapsed (and it is not removed). */
  public boolean flagged() {
    return lapseFlaggedOn != null && removedOn == null;
  }
}
