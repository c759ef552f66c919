package org.cppp.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.PersonalRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises what the retention rules say is due. Each kind is worked through in batches of {@code
 * cppp.retention.batch-size} records, each batch its own transaction (so a run holds no long lock
 * and a stopped run has kept what it finished); a record done once is never done again; each run
 * writes one audit entry per kind with the count and the cut-off, and no personal data.
 */
@Service
public class RetentionRuns {

  /** The audit trail's own kind: anonymised through its facade, not by a contributor. */
  static final String AUDIT_PERSONAL_FIELDS = "AUDIT_PERSONAL_FIELDS";

  private final RetentionRules rules;
  private final List<PersonalRecords> modules;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int batchSize;

  RetentionRuns(
      RetentionRules rules,
      List<PersonalRecords> modules,
      AuditTrail audit,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${cppp.retention.batch-size:500}") int batchSize) {
    this.rules = rules;
    this.modules = modules;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /**
   * Anonymises every record whose retention period has ended today; answers how many per kind.
   * Administrators may start a run; the nightly job runs it as the system.
   */
  @PreAuthorize(RetentionPolicy.EDIT)
  public Map<String, Integer> anonymiseDue() {
    Map<String, Integer> done = new LinkedHashMap<>();
    for (RetentionRule rule : rules.all()) {
      Instant cutoff = ZonedDateTime.now(clock).minusMonths(rule.periodMonths()).toInstant();
      int count = 0;
      for (int batch = work(rule.kind(), cutoff); batch > 0; batch = work(rule.kind(), cutoff)) {
        count += batch;
      }
      int total = count;
      transactions.executeWithoutResult(
          status ->
              audit.record(
                  "retention",
                  rule.kind(),
                  "ANONYMISED",
                  Map.of("count", total, "cutoff", cutoff.toString(), "action", rule.action())));
      done.put(rule.kind(), total);
    }
    return done;
  }

  private int work(String kind, Instant cutoff) {
    if (AUDIT_PERSONAL_FIELDS.equals(kind)) {
      return audit.anonymisePersonalFields(cutoff, batchSize, PersonalRecords.MARKER);
    }
    int batch = 0;
    for (PersonalRecords module : modules) {
      if (module.kinds().contains(kind)) {
        batch += module.anonymise(kind, cutoff, batchSize);
      }
    }
    return batch;
  }
}
