package org.cppp.outreach;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.shared.RuleViolation;

/** An awareness activity: what, when, where, with whom, and whether the public may register. */
@Entity
@Table(name = "outreach_activity")
class Activity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private ActivityType type;

  @Column(name = "title_en")
  private String titleEn;

  @Column(name = "title_zh")
  private String titleZh;

  private String description;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(name = "starts_at")
  private LocalTime startsAt;

  private String city;
  private String venue;
  private Integer capacity;

  @Column(name = "registration_open")
  private boolean registrationOpen;

  private boolean published;

  @Column(name = "recorded_participants")
  private Integer recordedParticipants;

  private Integer visitors;

  @Column(name = "application_ref")
  private String applicationRef;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "outreach_co_organiser", joinColumns = @JoinColumn(name = "activity_id"))
  @OrderColumn(name = "position")
  private List<CoOrganiser> coOrganisers = new ArrayList<>();

  protected Activity() {}

  Activity(ActivityCommand command) {
    this.createdAt = Instant.now();
    apply(command);
  }

  /** Takes the command's values, refusing combinations that make no sense for the type. */
  void apply(ActivityCommand c) {
    boolean siteVisit = c.type() == ActivityType.SITE_VISIT;
    String ref = blankToNull(c.applicationRef());
    // A site visit without its project is kept and counted as unlinked: legacy records often
    // name none.
    if (!siteVisit && ref != null) {
      throw new RuleViolation("applicationRef", "outreach.applicationRef.onlySiteVisit");
    }
    if (c.type() != ActivityType.EXHIBITION && c.visitors() != null) {
      throw new RuleViolation("visitors", "outreach.visitors.onlyExhibition");
    }
    this.type = c.type();
    this.titleEn = c.titleEn().trim();
    this.titleZh = c.titleZh().trim();
    this.description = blankToNull(c.description());
    this.heldOn = c.heldOn();
    this.startsAt = c.startsAt();
    this.city = c.city();
    this.venue = blankToNull(c.venue());
    this.coOrganisers.clear();
    this.coOrganisers.addAll(c.coOrganisers());
    this.capacity = c.capacity();
    this.registrationOpen = c.registrationOpen();
    this.published = c.published();
    this.recordedParticipants = c.recordedParticipants();
    this.visitors = c.visitors();
    this.applicationRef = ref == null ? null : ref.toUpperCase(java.util.Locale.ROOT);
  }

  /** Whether the public may register now. */
  boolean acceptsRegistrations(LocalDate today) {
    return published && registrationOpen && !heldOn.isBefore(today);
  }

  /** Whether one more confirmed seat fits, given how many are confirmed. */
  boolean hasSeatFor(long confirmed) {
    return capacity == null || confirmed < capacity;
  }

  long participants(long attended) {
    if (attended > 0) {
      return attended;
    }
    return recordedParticipants == null ? 0 : recordedParticipants;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("type", type);
    values.put("titleEn", titleEn);
    values.put("titleZh", titleZh);
    values.put("description", description);
    values.put("heldOn", heldOn);
    values.put("startsAt", startsAt);
    values.put("city", city);
    values.put("venue", venue);
    values.put("coOrganisers", coOrganisers.toString());
    values.put("capacity", capacity);
    values.put("registrationOpen", registrationOpen);
    values.put("published", published);
    values.put("recordedParticipants", recordedParticipants);
    values.put("visitors", visitors);
    values.put("applicationRef", applicationRef);
    return values;
  }

  ActivityView view(long confirmed, long waiting, long attended) {
    return new ActivityView(
        id,
        type,
        titleEn,
        titleZh,
        description,
        heldOn,
        startsAt,
        city,
        venue,
        List.copyOf(coOrganisers),
        capacity,
        registrationOpen,
        published,
        recordedParticipants,
        visitors,
        applicationRef,
        confirmed,
        waiting,
        attended,
        participants(attended));
  }

  PublicActivity publicView(long confirmed, LocalDate today) {
    Long left = capacity == null ? null : Math.max(0, capacity - confirmed);
    return new PublicActivity(
        id,
        type,
        titleEn,
        titleZh,
        description,
        heldOn,
        startsAt,
        city,
        venue,
        List.copyOf(coOrganisers),
        capacity,
        left,
        acceptsRegistrations(today));
  }

  Long id() {
    return id;
  }

  boolean published() {
    return published;
  }

  ActivityType type() {
    return type;
  }

  LocalDate heldOn() {
    return heldOn;
  }

  String titleEn() {
    return titleEn;
  }

  String titleZh() {
    return titleZh;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
