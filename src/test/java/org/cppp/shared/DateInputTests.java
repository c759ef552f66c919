package org.cppp.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTests {

  @Test
  void readsIsoDatesInTheProgrammesRange() {
    assertThat(DateInput.parse("heldOn", "2011-06-01")).isEqualTo(LocalDate.of(2011, 6, 1));
    assertThat(DateInput.parse("heldOn", "")).isNull();
  }

  @Test
  void refusesDayCountsLongYearsAndImpossibleDays() {
    for (String bad : new String[] {"20120101", "+57056-12-19", "2012-13-45", "2013-02-29", "0"}) {
      assertThatThrownBy(() -> DateInput.parse("effectiveOn", bad))
          .as(bad)
          .isInstanceOfSatisfying(
              RuleViolation.class, v -> assertThat(v.field()).isEqualTo("effectiveOn"))
          .hasMessage("input.date.format");
    }
  }

  @Test
  void refusesDatesBeforeTheProgrammeOrDecadesAhead() {
    assertThatThrownBy(() -> DateInput.parse("heldOn", "2007-12-31"))
        .hasMessage("input.date.range");
    assertThatThrownBy(() -> DateInput.within("heldOn", DateInput.last().plusDays(1)))
        .hasMessage("input.date.range");
    assertThat(DateInput.within("heldOn", DateInput.last())).isEqualTo(DateInput.last());
  }

  @Test
  void aMeasuredPeriodMayReachBackBeforeTheProgrammeButNotBeyondItsOwnFloor() {
    LocalDate floor = LocalDate.of(2000, 1, 1);
    assertThat(DateInput.parse("baseline.from", "2007-01-01", floor))
        .isEqualTo(LocalDate.of(2007, 1, 1));
    assertThatThrownBy(() -> DateInput.parse("baseline.from", "1999-12-31", floor))
        .hasMessage("input.date.range");
    assertThatThrownBy(() -> DateInput.parse("baseline.from", "20070101", floor))
        .hasMessage("input.date.format");
  }

  @Test
  void aFinancialYearGivenBelowTheProgrammeIsRefusedNamingItsField() {
    assertThatThrownBy(() -> FinancialYear.given("financialYear", 20))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("financialYear"))
        .hasMessage("input.financial-year.range");
    assertThatThrownBy(() -> FinancialYear.given("financialYear", 57056))
        .isInstanceOf(RuleViolation.class);
    assertThat(FinancialYear.given("financialYear", 2011)).isEqualTo(FinancialYear.of(2011));
    assertThat(FinancialYear.given("financialYear", null)).isNull();
  }
}
