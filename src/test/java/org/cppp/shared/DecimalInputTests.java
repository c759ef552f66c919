package org.cppp.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalInputTests {

  @Test
  void readsPlainAmountsWithGroupingAndCents() {
    assertThat(DecimalInput.money("cost", "15,000.50")).isEqualByComparingTo("15000.50");
    assertThat(DecimalInput.money("cost", " 286400 ")).isEqualByComparingTo("286400");
    assertThat(DecimalInput.money("cost", "-12.5")).isEqualByComparingTo("-12.50");
    assertThat(DecimalInput.money("cost", "1.500")).isEqualByComparingTo("1.5");
    assertThat(DecimalInput.money("cost", "  ")).isNull();
  }

  @Test
  void refusesExponentsNamingTheField() {
    assertThatThrownBy(() -> DecimalInput.money("cost", "1E+1000000"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("cost");
              assertThat(v.messageKey()).isEqualTo("input.number.format");
            });
    assertThatThrownBy(() -> DecimalInput.quantity("reading", "2e3"))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void refusesMoreThanTwoDecimalsOrTwelveIntegerDigits() {
    assertThatThrownBy(() -> DecimalInput.money("cost", "10.001"))
        .hasMessage("input.number.digits");
    assertThatThrownBy(() -> DecimalInput.money("cost", "1234567890123"))
        .hasMessage("input.number.digits");
    assertThat(DecimalInput.money("cost", "999999999999.99"))
        .isEqualByComparingTo("999999999999.99");
  }

  @Test
  void refusesWhatIsNotAPlainNumber() {
    for (String bad : new String[] {"12,34", "1.2.3", "abc", ".", "-", "1,000,00", "0x10", "NaN"}) {
      assertThatThrownBy(() -> DecimalInput.money("cost", bad))
          .as(bad)
          .hasMessage("input.number.format");
    }
  }

  @Test
  void checksAnyBigDecimalBeforeArithmetic() {
    BigDecimal huge = new BigDecimal("1E+1000000");
    long start = System.nanoTime();
    assertThatThrownBy(() -> DecimalInput.cents("amountHkd", huge))
        .hasMessage("input.number.digits");
    assertThatThrownBy(() -> DecimalInput.cents("amountHkd", new BigDecimal("1E-1000000")))
        .hasMessage("input.number.digits");
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    assertThat(DecimalInput.cents("amountHkd", new BigDecimal("5E+3")).toPlainString())
        .isEqualTo("5000.00");
  }
}
