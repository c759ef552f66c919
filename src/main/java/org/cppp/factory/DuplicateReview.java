package org.cppp.factory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Users;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' review of possible-duplicate factories: a pair is dismissed with a reason (and never
 * flagged again), or one factory is merged into the other. A merge moves the merged factory's
 * accounts (through the identity facade) and what other modules hold for it (through {@link
 * FactoryHoldings}, e.g. its applications) to the survivor, and marks it merged, all in one
 * transaction: if anything cannot move, nothing does. Each step is audited on both factories.
 */
@Service
@Transactional
public class DuplicateReview {

  static final int REASON_MAX = 2000;

  private final DuplicateFlags flags;
  private final Users users;
  private final List<FactoryHoldings> holdings;
  private final AuditTrail audit;
  private final Clock clock;

  DuplicateReview(
      DuplicateFlags flags,
      Users users,
      List<FactoryHoldings> holdings,
      AuditTrail audit,
      Clock clock) {
    this.flags = flags;
    this.users = users;
    this.holdings = holdings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Dismisses a flagged pair with a reason (field {@code reason}); it is not flagged again. */
  @PreAuthorize(FactoryPolicy.WRITE)
  public void dismiss(String brNumber, String otherBr, String reason) {
    String why = reason(reason);
    requireFlagged(brNumber, otherBr);
    flags.dismiss(brNumber, otherBr, why, CurrentUser.current().username(), clock.instant());
    recordOnBoth(brNumber, otherBr, "DUPLICATE_DISMISSED", Map.of("reason", why));
  }

  /**
   * Merges {@code mergedBr} into {@code survivorBr}, a flagged pair. Refused (nothing changes) when
   * either is already merged (409), or when another module cannot move what it holds, e.g. an
   * application before the committee (field {@code mergedBr}).
   */
  @PreAuthorize(FactoryPolicy.WRITE)
  public DuplicateMerge merge(String mergedBr, String survivorBr, String reason) {
    String why = reason(reason);
    if (!flags.lockAndFindMerged(mergedBr, survivorBr).isEmpty()) {
      throw new StateConflict("factory.merge.already-merged");
    }
    requireFlagged(mergedBr, survivorBr);
    for (FactoryHoldings holding : holdings) {
      holding
          .refusalToMove(mergedBr)
          .ifPresent(
              refusal -> {
                throw refusal;
              });
    }
    int moved = holdings.stream().mapToInt(h -> h.move(mergedBr, survivorBr)).sum();
    List<String> accounts = users.moveFactoryAccounts(mergedBr, survivorBr);
    flags.retire(mergedBr, survivorBr, clock.instant());
    recordOnBoth(
        mergedBr,
        survivorBr,
        "MERGED",
        Map.of(
            "merged", mergedBr,
            "survivor", survivorBr,
            "reason", why,
            "accounts", String.join(", ", accounts),
            "records", moved));
    return new DuplicateMerge(mergedBr, survivorBr, accounts, moved);
  }

  private void requireFlagged(String one, String two) {
    if (one == null || two == null || one.equals(two) || !flags.flagged(one, two)) {
      throw new RuleViolation("otherBr", "factory.duplicate.not-flagged");
    }
  }

  private void recordOnBoth(String one, String two, String action, Map<String, ?> changes) {
    audit.record(Factories.AUDIT_TYPE, one, action, changes);
    audit.record(Factories.AUDIT_TYPE, two, action, changes);
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "factory.duplicate.reason.required");
    }
    if (reason.strip().length() > REASON_MAX) {
      throw new RuleViolation("reason", "factory.duplicate.reason.too-long", REASON_MAX);
    }
    return reason.strip();
  }
}
