package org.cppp.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.cppp.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Cycle transitions and the bulk entry's line format, without Spring. */
class RecognitionRulesTests {

  private static RecognitionCycle cycle() {
    return new RecognitionCycle(
        2011,
        "2011",
        LocalDate.of(2011, 1, 1),
        LocalDate.of(2011, 3, 31),
        Set.of("MANUFACTURING_ENTERPRISE"),
        Set.of("PARTNER"));
  }

  @Test
  void aCycleMovesOneStepAtATime() {
    RecognitionCycle cycle = cycle();
    assertThatThrownBy(() -> cycle.apply(CycleAction.PUBLISH))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).field())
        .isEqualTo("status");
    cycle.apply(CycleAction.OPEN);
    cycle.apply(CycleAction.CLOSE);
    assertThatThrownBy(() -> cycle.apply(CycleAction.OPEN)).isInstanceOf(RuleViolation.class);
    cycle.apply(CycleAction.PUBLISH);
    assertThat(cycle.status()).isEqualTo(CycleStatus.RESULTS_PUBLISHED);
    assertThatThrownBy(() -> cycle.apply(CycleAction.PUBLISH)).isInstanceOf(RuleViolation.class);
  }

  @Test
  void nominationsCloseOnOrAfterTheyOpen() {
    assertThatThrownBy(
            () ->
                new RecognitionCycle(
                    2011,
                    "t",
                    LocalDate.of(2011, 3, 1),
                    LocalDate.of(2011, 2, 1),
                    Set.of("X"),
                    Set.of("Y")))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).field())
        .isEqualTo("nominationsClose");
  }

  @Test
  void bulkLinesReadCodesFromTheEndSoNamesMayHaveCommas() {
    var lines =
        BulkLines.parse(
            "name,category,grade\n"
                + "ABC Industrial Co., Ltd., MANUFACTURING_ENTERPRISE, EXCELLENT_PARTNER\n"
                + "\n"
                + "Green Tech Ltd\tet_service_provider\n",
            Set.of("MANUFACTURING_ENTERPRISE", "ET_SERVICE_PROVIDER"),
            Set.of("PARTNER", "EXCELLENT_PARTNER"));
    assertThat(lines)
        .extracting(BulkLines.Line::name, BulkLines.Line::category, BulkLines.Line::grade)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "ABC Industrial Co., Ltd.", "MANUFACTURING_ENTERPRISE", "EXCELLENT_PARTNER"),
            org.assertj.core.groups.Tuple.tuple("Green Tech Ltd", "ET_SERVICE_PROVIDER", null));
  }

  @Test
  void aBulkLineWithAnUnknownCategoryNamesTheLine() {
    assertThatThrownBy(
            () ->
                BulkLines.parse(
                    "Good Co, MANUFACTURING_ENTERPRISE\nBad Co, NOPE",
                    Set.of("MANUFACTURING_ENTERPRISE"),
                    Set.of()))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e -> {
              RuleViolation v = (RuleViolation) e;
              assertThat(v.field()).isEqualTo("lines");
              assertThat(v.messageKey()).isEqualTo("recognition.bulk.line-category");
              assertThat(v.arguments()).containsExactly(2, "NOPE");
            });
  }
}
