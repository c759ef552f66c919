package org.cppp.outreach;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

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
    long participants) {}
