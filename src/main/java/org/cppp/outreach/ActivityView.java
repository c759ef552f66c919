package org.cppp.outreach;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * An activity as staff see it, with its counts: {@code participants} is the attendance if any was
 * taken, else the recorded count (exhibitions count {@code visitors} instead).
 */
public record ActivityView(
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
    boolean registrationOpen,
    boolean published,
    Integer recordedParticipants,
    Integer visitors,
    String applicationRef,
    long confirmed,
    long waiting,
    long attended,
    long participants) {

  /**
   * The title in this language: the Chinese title (kept in Traditional) converted on zh-CN pages.
   */
  public String title(Locale locale) {
    return LocalText.pick(locale, titleEn, titleZh, null);
  }
}
