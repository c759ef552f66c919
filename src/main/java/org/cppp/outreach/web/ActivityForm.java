package org.cppp.outreach.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.cppp.outreach.ActivityCommand;
import org.cppp.outreach.ActivityType;
import org.cppp.outreach.ActivityView;
import org.cppp.outreach.CoOrganiser;
import org.cppp.outreach.CoOrganiserKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The activity form's fields, as typed; blank co-organiser rows are ignored. */
public class ActivityForm {

  private ActivityType type = ActivityType.SEMINAR;
  private String titleEn;
  private String titleZh;
  private String description;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate heldOn;

  @DateTimeFormat(pattern = "HH:mm")
  private LocalTime startsAt;

  private String city = "HONG_KONG";
  private String venue;
  private List<Row> coOrganisers = new ArrayList<>();
  private Integer capacity;
  private boolean registrationOpen;
  private boolean published;
  private Integer recordedParticipants;
  private Integer visitors;
  private String applicationRef;

  static ActivityForm of(ActivityView a) {
    ActivityForm f = new ActivityForm();
    f.type = a.type();
    f.titleEn = a.titleEn();
    f.titleZh = a.titleZh();
    f.description = a.description();
    f.heldOn = a.heldOn();
    f.startsAt = a.startsAt();
    f.city = a.city();
    f.venue = a.venue();
    a.coOrganisers().forEach(c -> f.coOrganisers.add(new Row(c.name(), c.kind())));
    f.capacity = a.capacity();
    f.registrationOpen = a.registrationOpen();
    f.published = a.published();
    f.recordedParticipants = a.recordedParticipants();
    f.visitors = a.visitors();
    f.applicationRef = a.applicationRef();
    return f;
  }

  /** Adds empty co-organiser rows so the form always offers a few. */
  ActivityForm withBlankRows() {
    while (coOrganisers.size() < 3 || !coOrganisers.get(coOrganisers.size() - 1).blank()) {
      coOrganisers.add(new Row(null, CoOrganiserKind.TRADE_ASSOCIATION));
    }
    return this;
  }

  ActivityCommand toCommand() {
    List<CoOrganiser> rows =
        coOrganisers.stream()
            .filter(r -> !r.blank())
            .map(r -> new CoOrganiser(r.getName().trim(), r.getKind()))
            .toList();
    return new ActivityCommand(
        type,
        titleEn,
        titleZh,
        description,
        heldOn,
        startsAt,
        city,
        venue,
        rows,
        capacity,
        registrationOpen,
        published,
        recordedParticipants,
        visitors,
        applicationRef);
  }

  /** One co-organiser row. */
  public static class Row {
    private String name;
    private CoOrganiserKind kind;

    public Row() {}

    Row(String name, CoOrganiserKind kind) {
      this.name = name;
      this.kind = kind;
    }

    boolean blank() {
      return name == null || name.isBlank();
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public CoOrganiserKind getKind() {
      return kind;
    }

    public void setKind(CoOrganiserKind kind) {
      this.kind = kind;
    }
  }

  public ActivityType getType() {
    return type;
  }

  public void setType(ActivityType type) {
    this.type = type;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalTime startsAt) {
    this.startsAt = startsAt;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public List<Row> getCoOrganisers() {
    return coOrganisers;
  }

  public void setCoOrganisers(List<Row> coOrganisers) {
    this.coOrganisers = coOrganisers == null ? new ArrayList<>() : coOrganisers;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isRegistrationOpen() {
    return registrationOpen;
  }

  public void setRegistrationOpen(boolean registrationOpen) {
    this.registrationOpen = registrationOpen;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public Integer getRecordedParticipants() {
    return recordedParticipants;
  }

  public void setRecordedParticipants(Integer recordedParticipants) {
    this.recordedParticipants = recordedParticipants;
  }

  public Integer getVisitors() {
    return visitors;
  }

  public void setVisitors(Integer visitors) {
    this.visitors = visitors;
  }

  public String getApplicationRef() {
    return applicationRef;
  }

  public void setApplicationRef(String applicationRef) {
    this.applicationRef = applicationRef;
  }
}
