package org.cppp.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's result: computed live while the case is open (with the factors and tariffs in force on
 * the reporting period's first day), frozen once QA signs. Re-computing a signed result with
 * corrected factors is an explicit, audited action that adds a snapshot and keeps the earlier ones,
 * so a report "as at" an earlier date reads what it read then.
 */
@Service
@Transactional(readOnly = true)
public class VerificationResults {

  private final CaseLookup lookup;
  private final ResultSnapshots snapshots;
  private final RateTables rates;
  private final AuditTrail audit;
  private final Clock clock;

  VerificationResults(
      CaseLookup lookup,
      ResultSnapshots snapshots,
      RateTables rates,
      AuditTrail audit,
      Clock clock) {
    this.lookup = lookup;
    this.snapshots = snapshots;
    this.rates = rates;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The result: of a signed case, its snapshot as at the date (today when {@code null}); of an
   * unsigned one, computed now from the current readings.
   */
  @PreAuthorize(VerificationPolicy.READ)
  public VerificationResult result(long id, LocalDate asAt) {
    VerificationCase c = lookup.visible(id);
    if (c.status() != CaseStatus.SIGNED) {
      return SavingsCalculator.compute(c.inputs(), rates);
    }
    LocalDate date = asAt == null ? LocalDate.now(clock) : asAt;
    return snapshots
        .asAt(id, date)
        .map(SnapshotView::result)
        .orElseThrow(() -> new RuleViolation("asAt", "verification.result.not-yet-signed", date));
  }

  /** A signed case's snapshots, newest first. */
  @PreAuthorize(VerificationPolicy.READ)
  public List<SnapshotView> snapshots(long id) {
    lookup.visible(id);
    return snapshots.of(id);
  }

  /**
   * Re-computes a signed result from its frozen inputs with the factors and tariffs in force now
   * (e.g. after a corrected factor version), as a new snapshot; earlier snapshots stay.
   *
   * @param reason why, kept in the snapshot and the audit trail
   */
  @PreAuthorize(VerificationPolicy.REVIEW)
  @Transactional
  public SnapshotView recompute(long id, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new RuleViolation("reason", "verification.recompute.reason");
    }
    VerificationCase c = CaseAccess.reviewable(lookup.scope(), lookup.find(id));
    c.requireSigned();
    SnapshotView previous = snapshots.asAt(id, LocalDate.MAX).orElseThrow();
    CaseInputs inputs = snapshots.inputsOf(previous.id());
    VerificationResult result = SavingsCalculator.compute(inputs, rates);
    String actor = CurrentUser.current().username();
    long snapshot =
        snapshots.save(
            c, inputs, result, "RECOMPUTED", actor, reason.strip(), LocalDate.now(clock));
    audit.record(
        CaseLookup.AUDIT_TYPE,
        String.valueOf(id),
        "RECOMPUTED",
        Map.of(
            "snapshot",
            snapshot,
            "previousSnapshot",
            previous.id(),
            "reason",
            reason.strip(),
            "costSavingHkdPerYear",
            previous.result().costSavingHkdPerYear() + " -> " + result.costSavingHkdPerYear()));
    return snapshots.of(id).get(0);
  }
}
