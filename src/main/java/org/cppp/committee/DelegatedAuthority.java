package org.cppp.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cppp.funding.Scheme;
import org.cppp.shared.RuleViolation;

/**
 * A committee resolution that lets officers decide applications of the named schemes whose
 * government share is at most {@code maxGovernmentShareHkd}, from the meeting's date until {@code
 * validUntil}; in force once the meeting's minutes (which record it) are drafted. Its rules are
 * here, once: {@link #refusal} says why it does not cover a decision.
 *
 * @param meetingStatus the resolving meeting's status now
 */
public record DelegatedAuthority(
    long id,
    long meetingId,
    String meetingNumber,
    LocalDate meetingDate,
    MeetingStatus meetingStatus,
    List<Scheme> schemes,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal maxGovernmentShareHkd,
    LocalDate validUntil,
    String resolution,
    String createdBy) {

  static final String FIELD = "delegatedAuthorityId";

  public DelegatedAuthority {
    schemes = List.copyOf(schemes);
  }

  /** How decisions under it cite it, in every language: its number, the meeting and its date. */
  public String citation() {
    return "DA-" + id + ", " + meetingNumber + " (" + meetingDate + ")";
  }

  /** Whether the minutes that record the resolution exist (drafted or confirmed). */
  public boolean minuted() {
    return meetingStatus.minuted();
  }

  /** Whether it is in force on a date. */
  public boolean inForceOn(LocalDate on) {
    return minuted() && !on.isBefore(meetingDate) && !on.isAfter(validUntil);
  }

  /**
   * Why it does not cover a decision on an application of this scheme and share; empty if it does.
   */
  Optional<RuleViolation> refusal(Scheme scheme, BigDecimal governmentShareHkd, LocalDate on) {
    if (!minuted()) {
      return Optional.of(new RuleViolation(FIELD, "committee.delegation.not-minuted", citation()));
    }
    if (on.isBefore(meetingDate) || on.isAfter(validUntil)) {
      return Optional.of(
          new RuleViolation(
              FIELD, "committee.delegation.out-of-date", citation(), meetingDate, validUntil, on));
    }
    if (!schemes.contains(scheme)) {
      return Optional.of(
          new RuleViolation(FIELD, "committee.delegation.scheme", citation(), scheme.name()));
    }
    if (governmentShareHkd == null || governmentShareHkd.compareTo(maxGovernmentShareHkd) > 0) {
      return Optional.of(
          new RuleViolation(
              FIELD,
              "committee.delegation.amount",
              citation(),
              maxGovernmentShareHkd.toPlainString(),
              governmentShareHkd == null ? "-" : governmentShareHkd.toPlainString()));
    }
    return Optional.empty();
  }

  /** Whether it covers a decision (see {@link #refusal}). */
  boolean covers(Scheme scheme, BigDecimal governmentShareHkd, LocalDate on) {
    return refusal(scheme, governmentShareHkd, on).isEmpty();
  }
}
