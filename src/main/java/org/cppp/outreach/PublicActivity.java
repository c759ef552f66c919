package org.cppp.outreach;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/** A published activity as the public sees it: no registrant or attendee is named. */
public record PublicActivity(
    long id,
    ActivityType type,
    String titleEn,
    String titleZh,
    String description,
    LocalDate heldOn,
    LocalTime startsAt,
    String city,
    String venue,
    List<CoOrganiser> coOrganisers,
    Integer capacity,
    Long seatsLeft,
    boolean registrationOpen) {

  /** Whether a registration now would go to the waiting list. */
  public boolean full() {
    return seatsLeft != null && seatsLeft <= 0;
  }

  /**
   * The title in this language: the Chinese title (kept in Traditional) converted on zh-CN pages.
   */
  public String title(Locale locale) {
    return LocalText.pick(locale, titleEn, titleZh, null);
  }
}
