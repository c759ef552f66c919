package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class RegisterStatisticsTests {

  static final FinancialYear FY2011 = FinancialYear.of(2011);

  final ServiceProvider hkOld = provider("H1", ProviderBase.HONG_KONG, LocalDate.of(2009, 1, 10));
  final ServiceProvider hkNew = provider("H2", ProviderBase.HONG_KONG, LocalDate.of(2011, 5, 1));
  final ServiceProvider prd = provider("P1", ProviderBase.PRD, LocalDate.of(2010, 3, 1));
  final ServiceProvider other = provider("O1", ProviderBase.OTHER, LocalDate.of(2012, 4, 2));

  @Test
  void countsProvidersJoinedInThePeriod() {
    assertThat(stats(FY2011.start(), FY2011.end(), FY2011.end()).joinedInPeriod()).isEqualTo(1);
  }

  @Test
  void countsRemovalsInThePeriod() {
    prd.remove(LocalDate.of(2011, 6, 30), "lapsed", "officer");
    hkOld.remove(LocalDate.of(2012, 4, 1), "closed", "officer");

    ProviderStatistics stats = stats(FY2011.start(), FY2011.end(), FY2011.end());

    assertThat(stats.removedInPeriod()).isEqualTo(1);
  }

  @Test
  void providerIsOnTheListBeforeItsRemovalButNotAfter() {
    prd.remove(LocalDate.of(2011, 6, 30), "lapsed", "officer");

    assertThat(registeredAt(LocalDate.of(2011, 6, 29)).registeredAtByBase())
        .containsEntry(ProviderBase.PRD, 1L);
    assertThat(registeredAt(LocalDate.of(2011, 6, 30)).registeredAtByBase())
        .containsEntry(ProviderBase.PRD, 0L);
  }

  @Test
  void reinstatedProviderIsOnTheListAgainFromItsReinstatement() {
    hkOld.remove(LocalDate.of(2011, 6, 30), "no longer active", "officer");
    hkOld.reinstate(LocalDate.of(2011, 10, 1), "active again", "officer");

    assertThat(registeredAt(LocalDate.of(2011, 6, 1)).registeredAtByBase())
        .containsEntry(ProviderBase.HONG_KONG, 2L);
    assertThat(registeredAt(LocalDate.of(2011, 8, 1)).registeredAtByBase())
        .containsEntry(ProviderBase.HONG_KONG, 1L);
    assertThat(registeredAt(LocalDate.of(2011, 10, 1)).registeredAtByBase())
        .containsEntry(ProviderBase.HONG_KONG, 2L);
  }

  @Test
  void providerIsNotOnTheListBeforeItJoined() {
    ProviderStatistics stats = registeredAt(FY2011.end());
    assertThat(stats.registeredAt()).isEqualTo(3);
    assertThat(stats.registeredAtByBase())
        .containsEntry(ProviderBase.HONG_KONG, 2L)
        .containsEntry(ProviderBase.PRD, 1L)
        .containsEntry(ProviderBase.OTHER, 0L);
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> stats(FY2011.end(), FY2011.start(), FY2011.end()))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("to");
  }

  private ProviderStatistics registeredAt(LocalDate asAt) {
    return stats(FY2011.start(), FY2011.end(), asAt);
  }

  private ProviderStatistics stats(LocalDate from, LocalDate to, LocalDate asAt) {
    return RegisterStatistics.of(
        List.of(hkOld.timeline(), hkNew.timeline(), prd.timeline(), other.timeline()),
        from,
        to,
        asAt);
  }

  private static ServiceProvider provider(String code, ProviderBase base, LocalDate joinedOn) {
    return new ServiceProvider(
        code,
        ProviderFixtures.details(
            code,
            base,
            joinedOn,
            base == ProviderBase.PRD ? "GD-1" : null,
            base == ProviderBase.PRD ? LocalDate.of(2015, 1, 1) : null));
  }
}
