package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class BudgetCommitAllTests {

  @Autowired Budget budget;

  static Commitment commitment(String ref, String amount) {
    return new Commitment(
        ref, Scheme.ON_SITE_ASSESSMENT, new BigDecimal(amount), LocalDate.of(2011, 6, 1));
  }

  static String ref() {
    return "C-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void commitsABatchOnceEachWithItsAuditLine() {
    String a = ref();
    String b = ref();
    int committed =
        SystemActor.call(
            () -> budget.commitAll(List.of(commitment(a, "7500.00"), commitment(b, "100.5"))));
    assertThat(committed).isEqualTo(2);
    assertThat(SystemActor.call(() -> budget.entriesFor(b)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.COMMIT);
              assertThat(e.amountHkd()).isEqualByComparingTo("100.50");
              assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2011, 6, 1));
            });
  }

  @Test
  void refusesTheWholeBatchWhenOneIsCommittedAlready() {
    String a = ref();
    String b = ref();
    SystemActor.run(() -> budget.commitAll(List.of(commitment(a, "10.00"))));
    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () -> budget.commitAll(List.of(commitment(b, "10.00"), commitment(a, "1")))))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("applicationRef"));
    assertThat(SystemActor.call(() -> budget.entriesFor(b))).isEmpty();
  }

  @Test
  void refusesABatchOverTheBalance() {
    String a = ref();
    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () ->
                        budget.commitAll(
                            List.of(commitment(a, "1.00"), commitment(ref(), "999999999999.00")))))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("amountHkd"));
    assertThat(SystemActor.call(() -> budget.entriesFor(a))).isEmpty();
  }
}
