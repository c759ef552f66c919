package org.cppp.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Initiative;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement an assessment application makes for the repeat-assessment rule, which screening
 * checks ({@link Screening}): the factory's applicant or an officer states it until the application
 * goes to the committee. Audited.
 */
@Service
@Transactional
public class RepeatAssessments {

  static final Set<ApplicationStatus> OPEN =
      Set.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING);

  private final Visibility visibility;
  private final Initiatives initiatives;
  private final RepeatAssessmentClaims claims;
  private final AuditTrail audit;
  private final Clock clock;

  RepeatAssessments(
      Visibility visibility,
      Initiatives initiatives,
      RepeatAssessmentClaims claims,
      AuditTrail audit,
      Clock clock) {
    this.visibility = visibility;
    this.initiatives = initiatives;
    this.claims = claims;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * States (or restates) the claim of an on-site assessment application; refused for a scheme of
   * another initiative (field {@code scheme}) and once it has left screening (409).
   */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  public RepeatClaim state(String reference, RepeatClaim claim) {
    FundingApplication application = visibility.locked(reference);
    if (initiatives.of(application) != Initiative.ASSESSMENT) {
      throw new RuleViolation("scheme", "repeat.claim.not-assessment");
    }
    if (!OPEN.contains(application.status())) {
      throw new StateConflict("repeat.claim.closed", application.status());
    }
    RepeatAssessmentClaim saved =
        claims
            .findById(application.id())
            .orElseGet(() -> new RepeatAssessmentClaim(application.id()));
    saved.state(claim, CurrentUser.current().username(), clock.instant());
    claims.saveAndFlush(saved);
    audit.record(
        FundingApplications.AUDIT_TYPE,
        reference,
        "REPEAT_CLAIM",
        Map.of(
            "measureImplemented", claim.measureImplemented(),
            "processChanged", claim.processChanged(),
            "pursuesRecognition", claim.pursuesRecognition()));
    return saved.claim();
  }

  /** The claim an application states, if any. */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public Optional<RepeatClaim> claim(String reference) {
    return claims.findById(visibility.of(reference).id()).map(RepeatAssessmentClaim::claim);
  }
}
