package org.cppp.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.application.ScreeningReport.Check;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overrides of failed screening checks: an officer lets an application go to the committee despite
 * a check that fails, with a reason that the screening page, the timeline and the committee's
 * agenda show. Each override is audited.
 */
@Service
@Transactional
public class ScreeningOverrides {

  static final int REASON_MAX = 2000;

  private final Visibility visibility;
  private final ScreeningGate gate;
  private final ScreeningOverrideRepository overrides;
  private final AuditTrail audit;
  private final Clock clock;

  ScreeningOverrides(
      Visibility visibility,
      ScreeningGate gate,
      ScreeningOverrideRepository overrides,
      AuditTrail audit,
      Clock clock) {
    this.visibility = visibility;
    this.gate = gate;
    this.overrides = overrides;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Overrides the given failed checks of an application in screening, or, with none given, every
   * check that fails and is not yet overridden. Refused without a reason (field {@code reason}),
   * for a check that passes or is already overridden (field {@code checks}), and outside screening
   * (409).
   */
  @PreAuthorize(ApplicationPolicy.MANAGE)
  public List<ScreeningOverrideView> override(String reference, Set<Check> checks, String reason) {
    FundingApplication application = visibility.locked(reference);
    if (application.status() != ApplicationStatus.SCREENING) {
      throw new StateConflict("screening.override.not-screening", application.status());
    }
    String why = reason(reason);
    List<Check> chosen = chosen(application, checks);
    String actor = CurrentUser.current().username();
    List<ScreeningOverrideView> made = new ArrayList<>();
    for (Check check : chosen) {
      ScreeningOverride saved =
          overrides.save(
              new ScreeningOverride(application.id(), check, why, actor, clock.instant()));
      audit.record(
          FundingApplications.AUDIT_TYPE,
          reference,
          "SCREENING_OVERRIDE",
          Map.of("check", check.name(), "reason", why));
      made.add(saved.view(reference));
    }
    return made;
  }

  /** The overrides recorded for an application (for its screening page and agenda item). */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  @Transactional(readOnly = true)
  public List<ScreeningOverrideView> overrides(String reference) {
    FundingApplication application = visibility.of(reference);
    return overrides.findByApplicationIdOrderByIdAsc(application.id()).stream()
        .map(o -> o.view(reference))
        .toList();
  }

  private List<Check> chosen(FundingApplication application, Set<Check> requested) {
    List<Check> failing = gate.failing(application);
    Set<Check> overridden = gate.overridden(application);
    if (requested == null || requested.isEmpty()) {
      List<Check> open = failing.stream().filter(c -> !overridden.contains(c)).toList();
      if (open.isEmpty()) {
        throw new RuleViolation("checks", "screening.override.nothing");
      }
      return open;
    }
    for (Check check : requested) {
      if (!failing.contains(check) || overridden.contains(check)) {
        throw new RuleViolation(
            "checks", "screening.override.not-open", ScreeningGate.names(List.of(check)));
      }
    }
    return failing.stream().filter(requested::contains).toList();
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "screening.override.reason.required");
    }
    if (reason.strip().length() > REASON_MAX) {
      throw new RuleViolation("reason", "screening.override.reason.too-long", REASON_MAX);
    }
    return reason.strip();
  }
}
