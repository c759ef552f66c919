package org.cppp.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.application.ApplicationPayments;
import org.cppp.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * QA's signature on a case, however it is given (now, or recorded from a paper signed earlier): the
 * result is computed with the factors and tariffs in force for the reporting period and frozen with
 * its inputs as the case's first snapshot, dated the day of the signature; audited, and on the
 * application's activity feed.
 */
@Component
class Signatures {

  private final Cases cases;
  private final ResultSnapshots snapshots;
  private final RateTables rates;
  private final AuditTrail audit;
  private final ApplicationPayments payments;
  private final Clock clock;

  Signatures(
      Cases cases,
      ResultSnapshots snapshots,
      RateTables rates,
      AuditTrail audit,
      ApplicationPayments payments,
      Clock clock) {
    this.cases = cases;
    this.snapshots = snapshots;
    this.rates = rates;
    this.audit = audit;
    this.payments = payments;
    this.clock = clock;
  }

  /**
   * @param action the audit action ({@code SIGNED}, or {@code SIGNED_FROM_HISTORY})
   * @return the snapshot's id
   */
  long sign(VerificationCase c, String qa, LocalDate on, String action) {
    CaseInputs inputs = c.inputs();
    VerificationResult result = SavingsCalculator.compute(inputs, rates);
    c.sign(qa, on);
    cases.saveAndFlush(c);
    long snapshot = snapshots.save(c, inputs, result, "SIGNED", qa, null, on);
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("snapshot", snapshot);
    changes.put("costSavingHkdPerYear", result.costSavingHkdPerYear());
    if (!on.equals(LocalDate.now(clock))) {
      changes.put("signedOn", on.toString());
    }
    audit.record(CaseLookup.AUDIT_TYPE, String.valueOf(c.id()), action, changes);
    payments.verificationRecorded(c.applicationRef());
    return snapshot;
  }
}
