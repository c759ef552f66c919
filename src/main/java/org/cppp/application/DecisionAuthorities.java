package org.cppp.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.Scheme;

/**
 * What the committee module provides so that this module records only the committee's decisions: it
 * verifies a decision's {@link DecisionAuthority} (the committee depends on this module, so it
 * implements this interface, as {@link ApplicationVisibility} is implemented for recusals).
 */
public interface DecisionAuthorities {

  /**
   * Verifies that the authority covers this decision, in the same transaction, and returns how the
   * decision cites it (the meeting and item, the circulation, or the delegated authority). A
   * delegated decision is also listed for noting at the committee's next meeting. Refuses with
   * {@link org.cppp.shared.RuleViolation}, {@link org.cppp.shared.StateConflict} or an access
   * denial.
   */
  String authorise(DecisionAuthority authority, DecisionFacts decision);

  /** The delegated authorities an officer could decide this application under on {@code on}. */
  List<DelegationOption> delegationsFor(Scheme scheme, BigDecimal governmentShareHkd, LocalDate on);

  /**
   * A decision as the committee module verifies it.
   *
   * @param governmentShareHkd the application's government share (what a delegated authority's
   *     ceiling is compared with, whatever the outcome or the amount approved; for a variation, the
   *     share it would have once varied)
   * @param variationId the variation request decided, or {@code null} for the application itself
   */
  record DecisionFacts(
      String reference,
      String title,
      String factoryBr,
      Scheme scheme,
      DecisionOutcome outcome,
      LocalDate decidedOn,
      BigDecimal governmentShareHkd,
      String note,
      String actor,
      Long variationId) {}
}
