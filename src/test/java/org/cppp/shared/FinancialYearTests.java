package org.cppp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTests {

  @Test
  void runsFromAprilToMarch() {
    FinancialYear year = FinancialYear.of(2011);
    assertThat(year.start()).isEqualTo(LocalDate.of(2011, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2012, 3, 31));
    assertThat(year.label()).isEqualTo("2011/12");
    assertThat(FinancialYear.of(1999).label()).isEqualTo("1999/00");
  }

  @Test
  void containsItsDaysOnly() {
    assertThat(FinancialYear.containing(LocalDate.of(2012, 3, 31)))
        .isEqualTo(FinancialYear.of(2011));
    assertThat(FinancialYear.containing(LocalDate.of(2012, 4, 1)))
        .isEqualTo(FinancialYear.of(2012));
    assertThat(FinancialYear.of(2011).contains(LocalDate.of(2011, 3, 31))).isFalse();
    assertThat(FinancialYear.of(2011).next()).isEqualTo(FinancialYear.of(2012));
  }
}
