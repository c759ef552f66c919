package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Amounts and moments as every page and PDF writes them. */
class MoneyFormatTests {

  private final MoneyFormat money = new MoneyFormat();

  @Test
  void anAmountIsWrittenWithCommasAndCentsAfterItsCurrency() {
    assertThat(money.hkd(new BigDecimal("1234567.5"))).isEqualTo("HK$ 1,234,567.50");
    assertThat(money.amount(new BigDecimal("15000.00"))).isEqualTo("15,000.00");
    assertThat(money.amount(0)).isEqualTo("0.00");
    assertThat(money.hkd(null)).isEmpty();
  }

  @Test
  void aWholeFigureRoundsToTheDollarAndACompactOneDropsCentsOnlyWhenThereAreNone() {
    assertThat(money.whole(new BigDecimal("299999.50"))).isEqualTo("300,000");
    assertThat(money.whole(new BigDecimal("2.5"))).isEqualTo("2");
    assertThat(money.compact(new BigDecimal("160000.00"))).isEqualTo("160,000");
    assertThat(money.compact(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
  }

  @Test
  void aMomentIsShownOnTheProgrammesClock() {
    Clock hongKong =
        Clock.fixed(Instant.parse("2026-03-31T16:30:00Z"), ZoneId.of(ClockConfiguration.ZONE));
    ProgrammeTime time = new ProgrammeTime(hongKong);
    assertThat(time.format(Instant.parse("2026-03-31T16:30:00Z"), "yyyy-MM-dd HH:mm"))
        .isEqualTo("2026-04-01 00:30");
    assertThat(time.today()).hasToString("2026-04-01");
    assertThat(time.format(null, "yyyy-MM-dd")).isEmpty();
  }
}
