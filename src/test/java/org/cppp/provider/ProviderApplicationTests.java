package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.junit.jupiter.api.Test;

class ProviderApplicationTests {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
  static final Duration WINDOW = Duration.ofHours(72);

  static NewProviderApplication sent(ProviderBase base, String gdeicNo, LocalDate until) {
    return new NewProviderApplication(
        "Pearl Clean Tech",
        null,
        base,
        Set.of(Specialism.ENERGY_SAVING),
        "Ms Lam",
        "+86 20 1234 5678",
        "lam@example.com",
        gdeicNo,
        until,
        "gdeic.pdf",
        "%PDF-1.7".getBytes());
  }

  static ProviderApplication application(NewProviderApplication sent) {
    return new ProviderApplication(sent, "en", "hash", NOW, TODAY);
  }

  static String refusedField(Runnable action) {
    try {
      action.run();
    } catch (RuleViolation refused) {
      return refused.field();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aGuangdongProviderNeedsACurrentGdeicRegistrationGivenWhole() {
    assertThat(refusedField(() -> application(sent(ProviderBase.PRD, null, TODAY))))
        .isEqualTo("gdeicRegistrationNo");
    assertThat(refusedField(() -> application(sent(ProviderBase.PRD, "GD-1", null))))
        .isEqualTo("gdeicValidUntil");
    assertThat(refusedField(() -> application(sent(ProviderBase.PRD, "GD-1", TODAY.minusDays(1)))))
        .isEqualTo("gdeicValidUntil");
    assertThat(refusedField(() -> application(sent(ProviderBase.OTHER, " ", TODAY))))
        .isEqualTo("gdeicRegistrationNo");
    assertThat(application(sent(ProviderBase.PRD, "GD-1", TODAY)).hasGdeic()).isTrue();
  }

  @Test
  void itReachesTheOfficersOnlyOnceConfirmedInTime() {
    ProviderApplication application = application(sent(ProviderBase.PRD, "GD-1", TODAY));
    assertThatThrownBy(() -> application.refuse("no", "officer", NOW))
        .isInstanceOf(StateConflict.class);
    ProviderApplication late = application(sent(ProviderBase.PRD, "GD-1", TODAY));
    assertThatThrownBy(() -> late.confirm(NOW.plus(WINDOW).plusSeconds(1), WINDOW))
        .isInstanceOf(RuleViolation.class);
    assertThat(application.confirm(NOW.plus(WINDOW), WINDOW)).isTrue();
    assertThat(application.confirm(NOW.plus(WINDOW), WINDOW)).isFalse();
    assertThat(application.status()).isEqualTo(ProviderApplicationStatus.PENDING);
  }

  @Test
  void itIsDecidedOnceAndARegistrationLapsedSinceIsNotRegistered() {
    ProviderApplication application =
        application(sent(ProviderBase.PRD, "GD-1", TODAY.plusDays(10)));
    application.confirm(NOW, WINDOW);
    assertThatThrownBy(() -> application.checkRegistrable(TODAY.plusDays(11)))
        .isInstanceOf(RuleViolation.class);
    application.checkRegistrable(TODAY.plusDays(10));
    assertThat(refusedField(() -> application.refuse(" ", "officer", NOW))).isEqualTo("reason");
    application.register("ET0100", "officer", NOW);
    assertThat(application.status()).isEqualTo(ProviderApplicationStatus.REGISTERED);
    assertThatThrownBy(() -> application.refuse("late", "officer", NOW))
        .isInstanceOf(StateConflict.class);
    assertThatThrownBy(() -> application.checkRegistrable(TODAY)).isInstanceOf(StateConflict.class);
  }
}
