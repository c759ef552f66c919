package org.cppp.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person who came to an activity: a registrant ticked off, or a walk-in. */
@Entity
@Table(name = "outreach_attendance")
class Attendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_id")
  private long activityId;

  @Column(name = "registration_id")
  private Long registrationId;

  private String name;
  private String company;

  @Column(name = "factory_br")
  private String factoryBr;

  private String email;

  @Column(name = "walk_in")
  private boolean walkIn;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected Attendance() {}

  private Attendance(long activityId, Long registrationId, Attendee who, boolean walkIn) {
    this.activityId = activityId;
    this.registrationId = registrationId;
    this.name = who.name();
    this.company = who.company();
    this.factoryBr = who.factoryBr();
    this.email = who.email();
    this.walkIn = walkIn;
    this.recordedAt = Instant.now();
  }

  static Attendance of(Registration r) {
    return new Attendance(
        r.activityId(),
        r.id(),
        new Attendee(r.name(), r.company(), r.factoryBr(), r.email()),
        false);
  }

  static Attendance walkIn(long activityId, Attendee who) {
    return new Attendance(activityId, null, who, true);
  }

  Long registrationId() {
    return registrationId;
  }

  String factoryBr() {
    return factoryBr;
  }

  String email() {
    return email;
  }

  AttendeeView view() {
    return new AttendeeView(id, name, company, factoryBr, email, walkIn);
  }
}
