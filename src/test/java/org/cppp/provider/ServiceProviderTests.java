package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cppp.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ServiceProviderTests {

  static final LocalDate JOINED = LocalDate.of(2009, 5, 1);

  @Test
  void storesTheCodeUpperCase() {
    ServiceProvider provider =
        new ServiceProvider("et0001", ProviderFixtures.hongKong("x", JOINED));
    assertThat(provider.code()).isEqualTo("ET0001");
  }

  @Test
  void refusesAMalformedCode() {
    assertThatThrownBy(() -> new ServiceProvider("E T!", ProviderFixtures.hongKong("x", JOINED)))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("code");
  }

  @Test
  void prdProviderNeedsTheGdeicRegistrationNumber() {
    ProviderDetails details =
        ProviderFixtures.details("P1", ProviderBase.PRD, JOINED, null, LocalDate.of(2012, 1, 1));
    assertThatThrownBy(() -> new ServiceProvider("P1", details))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("gdeicRegistrationNo");
  }

  @Test
  void prdProviderNeedsTheGdeicValidityDate() {
    ProviderDetails details =
        ProviderFixtures.details("P1", ProviderBase.PRD, JOINED, "GD-1", null);
    assertThatThrownBy(() -> new ServiceProvider("P1", details))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("gdeicValidUntil");
  }

  @Test
  void hongKongProviderNeedsNoGdeicRegistration() {
    ServiceProvider provider = new ServiceProvider("H1", ProviderFixtures.hongKong("H1", JOINED));
    assertThat(provider.view().registered()).isTrue();
  }

  @Test
  void removalRecordsHistoryAndCurrentState() {
    ServiceProvider provider = new ServiceProvider("H1", ProviderFixtures.hongKong("H1", JOINED));
    provider.remove(LocalDate.of(2011, 6, 30), " lapsed ", "officer");

    assertThat(provider.view().removedOn()).isEqualTo(LocalDate.of(2011, 6, 30));
    assertThat(provider.view().removalReason()).isEqualTo("lapsed");
    assertThat(provider.history())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.action()).isEqualTo(HistoryAction.REMOVED);
              assertThat(h.actor()).isEqualTo("officer");
            });
  }

  @Test
  void removedProviderCannotBeRemovedAgain() {
    ServiceProvider provider = new ServiceProvider("H1", ProviderFixtures.hongKong("H1", JOINED));
    provider.remove(LocalDate.of(2011, 6, 30), "reason", "officer");
    assertThatThrownBy(() -> provider.remove(LocalDate.of(2011, 7, 1), "again", "officer"))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("provider.remove.already-removed");
    assertThat(provider.history()).hasSize(1);
  }

  @Test
  void registeredProviderCannotBeReinstated() {
    ServiceProvider provider = new ServiceProvider("H1", ProviderFixtures.hongKong("H1", JOINED));
    assertThatThrownBy(() -> provider.reinstate(LocalDate.of(2011, 7, 1), "why", "officer"))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("provider.reinstate.not-removed");
    assertThat(provider.history()).isEmpty();
  }

  @Test
  void reinstatementPutsTheProviderBackAndKeepsBothEntries() {
    ServiceProvider provider = new ServiceProvider("H1", ProviderFixtures.hongKong("H1", JOINED));
    provider.remove(LocalDate.of(2011, 6, 30), "reason", "officer");
    provider.reinstate(LocalDate.of(2011, 9, 1), "renewed", "officer");

    assertThat(provider.view().registered()).isTrue();
    assertThat(provider.view().removalReason()).isNull();
    assertThat(provider.history())
        .extracting(HistoryEntry::action)
        .containsExactly(HistoryAction.REMOVED, HistoryAction.REINSTATED);
  }

  @Test
  void removalCannotPrecedeJoiningOrTheLastChange() {
    ServiceProvider provider = new ServiceProvider("H1", ProviderFixtures.hongKong("H1", JOINED));
    assertThatThrownBy(() -> provider.remove(JOINED.minusDays(1), "early", "officer"))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("on");
    provider.remove(LocalDate.of(2011, 6, 30), "reason", "officer");
    assertThatThrownBy(() -> provider.reinstate(LocalDate.of(2011, 6, 1), "early", "officer"))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("provider.date.before-last-change");
  }

  @Test
  void prdProviderIsNotReinstatedWithALapsedRegistration() {
    ServiceProvider provider =
        new ServiceProvider("P1", ProviderFixtures.prd("P1", JOINED, LocalDate.of(2011, 5, 31)));
    provider.remove(LocalDate.of(2011, 6, 30), "lapsed", "officer");
    assertThatThrownBy(() -> provider.reinstate(LocalDate.of(2011, 7, 1), "back", "officer"))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("provider.reinstate.gdeic-lapsed");
  }

  @Test
  void prdRegistrationLapsesTheDayAfterItsValidityDate() {
    LocalDate validUntil = LocalDate.of(2011, 12, 31);
    ServiceProvider provider =
        new ServiceProvider("P1", ProviderFixtures.prd("P1", JOINED, validUntil));
    assertThat(provider.lapsedOn(validUntil)).isFalse();
    assertThat(provider.lapsedOn(validUntil.plusDays(1))).isTrue();
  }

  @Test
  void hongKongProviderNeverLapses() {
    ProviderDetails details =
        ProviderFixtures.details(
            "H1", ProviderBase.HONG_KONG, JOINED, "GD-9", LocalDate.of(2010, 1, 1));
    ServiceProvider provider = new ServiceProvider("H1", details);
    assertThat(provider.lapsedOn(LocalDate.of(2012, 1, 1))).isFalse();
    assertThat(provider.checkLapse(LocalDate.of(2012, 1, 1))).isNull();
  }

  @Test
  void lapseIsFlaggedOnceAndUnflaggedWhenRenewed() {
    ServiceProvider provider =
        new ServiceProvider("P1", ProviderFixtures.prd("P1", JOINED, LocalDate.of(2011, 12, 31)));
    LocalDate today = LocalDate.of(2012, 1, 5);

    assertThat(provider.checkLapse(today)).isEqualTo("LAPSE_FLAGGED");
    assertThat(provider.checkLapse(today.plusDays(1))).isNull();
    assertThat(provider.view().lapseFlaggedOn()).isEqualTo(today);

    provider.apply(ProviderFixtures.prd("P1", JOINED, LocalDate.of(2014, 12, 31)));
    assertThat(provider.checkLapse(today.plusDays(2))).isEqualTo("LAPSE_UNFLAGGED");
    assertThat(provider.view().lapseFlaggedOn()).isNull();
  }

  @Test
  void removalClearsTheLapseFlag() {
    ServiceProvider provider =
        new ServiceProvider("P1", ProviderFixtures.prd("P1", JOINED, LocalDate.of(2011, 12, 31)));
    provider.checkLapse(LocalDate.of(2012, 1, 5));
    provider.remove(LocalDate.of(2012, 1, 6), "lapsed", "officer");
    assertThat(provider.view().flagged()).isFalse();
    assertThat(provider.view().lapseFlaggedOn()).isNull();
  }
}
