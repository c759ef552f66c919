package org.cppp.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateInputTests {

  private static final LocalDate TODAY = LocalDate.of(2024, 5, 20);
  private final DateInput dates = DateInput.asOf(TODAY);

  @Test
  void readsIsoDatesInTheProgrammesRange() {
    assertThat(dates.parse("heldOn", "2011-06-01")).isEqualTo(LocalDate.of(2011, 6, 1));
    assertThat(dates.parse("heldOn", "")).isNull();
  }

  @Test
  void refusesDayCountsLongYearsAndImpossibleDays() {
    for (String bad : new String[] {"20120101", "+57056-12-19", "2012-13-45", "2013-02-29", "0"}) {
      assertThatThrownBy(() -> dates.parse("effectiveOn", bad))
          .as(bad)
          .isInstanceOfSatisfying(
              RuleViolation.class, v -> assertThat(v.field()).isEqualTo("effectiveOn"))
          .hasMessage("input.date.format");
    }
  }

  @Test
  void refusesDatesBeforeTheProgrammeOrDecadesAhead() {
    assertThatThrownBy(() -> dates.parse("heldOn", "2007-12-31")).hasMessage("input.date.range");
    assertThatThrownBy(() -> dates.within("heldOn", dates.last().plusDays(1)))
        .hasMessage("input.date.range");
    assertThat(dates.within("heldOn", dates.last())).isEqualTo(dates.last());
  }

  @Test
  void theRangeEndsTenYearsAfterTheDayTheReaderIsFor() {
    assertThat(dates.last()).isEqualTo(LocalDate.of(2034, 5, 20));
    assertThat(
            DateInput.on(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC)).last())
        .isEqualTo(LocalDate.of(2040, 1, 1));
    assertThatThrownBy(() -> dates.parse("heldOn", "2034-05-21")).hasMessage("input.date.range");
  }

  @Test
  void aMeasuredPeriodMayReachBackBeforeTheProgrammeButNotBeyondItsOwnFloor() {
    LocalDate floor = LocalDate.of(2000, 1, 1);
    assertThat(dates.parse("baseline.from", "2007-01-01", floor))
        .isEqualTo(LocalDate.of(2007, 1, 1));
    assertThatThrownBy(() -> dates.parse("baseline.from", "1999-12-31", floor))
        .hasMessage("input.date.range");
    assertThatThrownBy(() -> dates.parse("baseline.from", "20070101", floor))
        .hasMessage("input.date.format");
  }

  @Test
  void aFinancialYearGivenBelowTheProgrammeIsRefusedNamingItsField() {
    assertThatThrownBy(() -> FinancialYear.given("financialYear", 20, TODAY))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("financialYear"))
        .hasMessage("input.financial-year.range");
    assertThatThrownBy(() -> FinancialYear.given("financialYear", 57056, TODAY))
        .isInstanceOf(RuleViolation.class);
    assertThat(FinancialYear.given("financialYear", 2011, TODAY)).isEqualTo(FinancialYear.of(2011));
    assertThat(FinancialYear.given("financialYear", null, TODAY)).isNull();
    assertThat(FinancialYear.given("financialYear", 2034, TODAY)).isEqualTo(FinancialYear.of(2034));
    assertThatThrownBy(() -> FinancialYear.given("financialYear", 2035, TODAY))
        .isInstanceOf(RuleViolation.class);
  }
}
