package org.cppp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cppp.application.ScreeningReport.Check;
import org.cppp.platform.ClockConfiguration;

/** An officer's override of one failed screening check of an application, with its reason. */
@Entity
@Table(name = "screening_override")
class ScreeningOverride {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "check_kind")
  private Check check;

  private String reason;

  @Column(name = "overridden_by")
  private String overriddenBy;

  @Column(name = "overridden_at")
  private Instant overriddenAt;

  protected ScreeningOverride() {}

  ScreeningOverride(Long applicationId, Check check, String reason, String by, Instant at) {
    this.applicationId = applicationId;
    this.check = check;
    this.reason = reason;
    this.overriddenBy = by;
    this.overriddenAt = at;
  }

  Check check() {
    return check;
  }

  TimelineEntry timelineEntry() {
    LocalDate on = overriddenAt.atZone(ZoneId.of(ClockConfiguration.ZONE)).toLocalDate();
    return TimelineEntry.override(check, on, overriddenBy, reason, overriddenAt);
  }

  ScreeningOverrideView view(String reference) {
    return new ScreeningOverrideView(reference, check, reason, overriddenBy, overriddenAt);
  }
}
