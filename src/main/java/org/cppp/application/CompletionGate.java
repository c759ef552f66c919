package org.cppp.application;

import java.util.Optional;
import org.cppp.funding.Initiative;
import org.cppp.shared.StateConflict;
import org.springframework.stereotype.Component;

/**
 * Holds a demonstration project's completion, and so its final payment, until QA has accepted its
 * completion report and signed the verification of its result (through {@link
 * SignedVerifications}).
 */
@Component
class CompletionGate {

  private static final SignedVerifications NONE = reference -> Optional.empty();

  private final DeliverableRepository deliverables;
  private final SignedVerifications verifications;

  private final Initiatives initiatives;

  CompletionGate(
      DeliverableRepository deliverables,
      Optional<SignedVerifications> verifications,
      Initiatives initiatives) {
    this.deliverables = deliverables;
    this.verifications = verifications.orElse(NONE);
    this.initiatives = initiatives;
  }

  /**
   * Whether this application's completion waits for these at all: a project of the demonstration
   * initiative's (DP, DP(i), DP(ii)).
   */
  boolean gates(FundingApplication application) {
    return initiatives.of(application) == Initiative.DEMONSTRATION;
  }

  CompletionReadiness of(FundingApplication application) {
    if (!gates(application)) {
      return new CompletionReadiness(false, false, null);
    }
    boolean report =
        deliverables.existsByApplicationIdAndKindAndStatus(
            application.id(), DeliverableKind.COMPLETION_REPORT, DeliverableStatus.ACCEPTED);
    return new CompletionReadiness(true, report, signed(application).orElse(null));
  }

  /** The signed verification of its result (QA's signature on its case, or a legacy result). */
  Optional<SignedVerifications.Signed> signed(FundingApplication application) {
    return verifications.of(application.reference());
  }

  /**
   * Refuses the payment of a demonstration project without a signed verification of its result: one
   * completed here passed {@link #requireMet}, but one completed before CPPP (recorded from
   * history) is paid only once its result is signed or recorded from the programme's records.
   */
  void requirePayable(FundingApplication application) {
    if (gates(application) && signed(application).isEmpty()) {
      throw new StateConflict("application.payment.awaits-verification", application.reference());
    }
  }

  /** Refuses, naming what is missing, unless the work may be recorded as completed. */
  void requireMet(FundingApplication application) {
    CompletionReadiness readiness = of(application);
    if (readiness.met()) {
      return;
    }
    String key =
        !readiness.completionReportAccepted() && !readiness.verificationSigned()
            ? "application.complete.needs-both"
            : readiness.completionReportAccepted()
                ? "application.complete.needs-verification"
                : "application.complete.needs-completion-report";
    throw new StateConflict(key, application.reference());
  }
}
