package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProvidersTests {

  @Autowired Providers providers;

  @Test
  void statisticsCountAProvidersRemovalAndReinstatementFromTheDatabase() {
    LocalDate from = LocalDate.of(1990, 4, 1);
    LocalDate to = LocalDate.of(1991, 3, 31);
    ProviderStatistics before = stats(from, to, LocalDate.of(1990, 12, 1));
    String code = ProviderFixtures.uniqueCode();
    SystemActor.run(
        () -> {
          providers.register(ProviderFixtures.hongKong(code, LocalDate.of(1990, 5, 1)));
          providers.remove(code, LocalDate.of(1990, 9, 1), "inactive");
          providers.reinstate(code, LocalDate.of(1991, 1, 1), "active");
        });

    ProviderStatistics duringRemoval = stats(from, to, LocalDate.of(1990, 12, 1));
    ProviderStatistics afterReinstatement = stats(from, to, LocalDate.of(1991, 1, 1));

    assertThat(duringRemoval.joinedInPeriod()).isEqualTo(before.joinedInPeriod() + 1);
    assertThat(duringRemoval.removedInPeriod()).isEqualTo(before.removedInPeriod() + 1);
    assertThat(duringRemoval.registeredAtByBase().get(ProviderBase.HONG_KONG))
        .isEqualTo(before.registeredAtByBase().get(ProviderBase.HONG_KONG));
    assertThat(afterReinstatement.registeredAt()).isEqualTo(duringRemoval.registeredAt() + 1);
  }

  @Test
  void isRegisteredFollowsTheHistory() {
    String code = ProviderFixtures.uniqueCode();
    SystemActor.run(
        () -> {
          providers.register(ProviderFixtures.hongKong(code, LocalDate.of(2010, 1, 1)));
          providers.remove(code, LocalDate.of(2011, 1, 1), "inactive");
        });
    assertThat(SystemActor.call(() -> providers.isRegistered(code, LocalDate.of(2009, 12, 31))))
        .isFalse();
    assertThat(
            SystemActor.call(
                () -> providers.isRegistered(code.toLowerCase(), LocalDate.of(2010, 6, 1))))
        .isTrue();
    assertThat(SystemActor.call(() -> providers.isRegistered(code, LocalDate.of(2011, 1, 1))))
        .isFalse();
    assertThat(
            SystemActor.call(
                () -> providers.isRegistered("NOPE-" + code, LocalDate.of(2010, 6, 1))))
        .isFalse();
  }

  @Test
  void publicListHasOnlyRegisteredProviders() {
    String code = ProviderFixtures.uniqueCode();
    SystemActor.run(
        () -> providers.register(ProviderFixtures.hongKong(code, LocalDate.of(2010, 1, 1))));
    var byCode = new ProviderQuery(null, null, ProviderStatus.REMOVED, code.toLowerCase());
    var page = org.springframework.data.domain.PageRequest.of(0, 10);
    assertThat(providers.registeredList(byCode, page).getContent())
        .extracting(PublicProvider::code)
        .containsExactly(code);
    SystemActor.run(() -> providers.remove(code, LocalDate.of(2011, 1, 1), "gone"));
    assertThat(providers.registeredList(byCode, page).getContent()).isEmpty();
  }

  private ProviderStatistics stats(LocalDate from, LocalDate to, LocalDate asAt) {
    return SystemActor.call(() -> providers.statistics(from, to, asAt));
  }
}
