package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ProviderLapseTests {

  static final LocalDate JOINED = LocalDate.of(2009, 4, 1);

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Providers providers;
  @Autowired AuditTrail audit;
  @Autowired LapseCheckJob job;
  @Autowired TestClock clock;

  @AfterEach
  void realTimeAgain() {
    clock.reset();
  }

  @Test
  void aRegistrationIsJudgedLapsedOnTheProgrammesClock() {
    LocalDate validUntil = LocalDate.of(2030, 6, 20);
    clock.setDate(validUntil);
    String current =
        register(ProviderFixtures.prd(ProviderFixtures.uniqueCode(), JOINED, validUntil));
    clock.setDate(validUntil.plusDays(1));
    String lapsed =
        register(ProviderFixtures.prd(ProviderFixtures.uniqueCode(), JOINED, validUntil));

    assertThat(view(current).lapseFlaggedOn()).isNull();
    assertThat(view(lapsed).lapseFlaggedOn()).isEqualTo(LocalDate.of(2030, 6, 21));
  }

  @Test
  void lapseCheckFlagsLapsedPrdProvidersOnly() {
    LocalDate today = clock.today();
    String lapsed =
        register(ProviderFixtures.prd(ProviderFixtures.uniqueCode(), JOINED, today.minusDays(1)));
    String current = register(ProviderFixtures.prd(ProviderFixtures.uniqueCode(), JOINED, today));
    String hongKong =
        register(
            ProviderFixtures.details(
                ProviderFixtures.uniqueCode(),
                ProviderBase.HONG_KONG,
                JOINED,
                "GD-OLD",
                today.minusYears(1)));

    int flagged = SystemActor.call(() -> providers.flagLapsedRegistrations(today));

    assertThat(view(lapsed).lapseFlaggedOn()).isNotNull();
    assertThat(view(current).lapseFlaggedOn()).isNull();
    assertThat(view(hongKong).lapseFlaggedOn()).isNull();
    assertThat(flagged).isGreaterThanOrEqualTo(0);
    assertThat(audit.of("provider", lapsed))
        .extracting(AuditEntry::action)
        .contains("LAPSE_FLAGGED");
  }

  @Test
  void renewedRegistrationIsUnflagged() {
    String code = ProviderFixtures.uniqueCode();
    register(ProviderFixtures.prd(code, JOINED, LocalDate.of(2011, 12, 31)));
    SystemActor.run(() -> providers.flagLapsedRegistrations(LocalDate.of(2012, 1, 2)));
    assertThat(view(code).flagged()).isTrue();

    SystemActor.run(
        () ->
            providers.update(code, ProviderFixtures.prd(code, JOINED, LocalDate.of(2099, 12, 31))));
    SystemActor.run(() -> providers.flagLapsedRegistrations(LocalDate.of(2012, 1, 3)));

    assertThat(view(code).flagged()).isFalse();
    assertThat(audit.of("provider", code))
        .extracting(AuditEntry::action)
        .contains("LAPSE_UNFLAGGED");
  }

  @Test
  void officerRemovesAllFlaggedProvidersInOneStep() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    LocalDate today = clock.today();
    String first =
        register(ProviderFixtures.prd(ProviderFixtures.uniqueCode(), JOINED, today.minusMonths(2)));
    String second =
        register(ProviderFixtures.prd(ProviderFixtures.uniqueCode(), JOINED, today.minusDays(3)));

    mvc.perform(post("/providers/lapses/check").with(accounts.page(officer)).with(csrf()))
        .andExpect(redirectedUrl("/providers/lapses"));
    mvc.perform(get("/providers/lapses").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(first)))
        .andExpect(content().string(containsString(second)))
        .andExpect(
            content()
                .string(
                    containsString(
                        "GDEIC registration as a Cleaner Production Technical Services Company lapsed")));

    mvc.perform(
            post("/providers/lapses")
                .param("on", today.toString())
                .param(
                    "reason",
                    "GDEIC registration as a Cleaner Production Technical Services Company lapsed")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/providers/lapses"));

    for (String code : new String[] {first, second}) {
      ProviderView provider = view(code);
      assertThat(provider.registered()).isFalse();
      assertThat(provider.removedOn()).isEqualTo(today);
      assertThat(SystemActor.call(() -> providers.history(code)))
          .singleElement()
          .extracting(HistoryEntry::actor)
          .isEqualTo(officer);
      assertThat(audit.of("provider", code)).extracting(AuditEntry::action).contains("REMOVED");
    }
    assertThat(SystemActor.call(() -> providers.flagged()))
        .extracting(ProviderView::code)
        .doesNotContain(first, second);
  }

  @Test
  void removeFlaggedViaTheFacadeCountsRemovals() {
    String code =
        register(
            ProviderFixtures.prd(ProviderFixtures.uniqueCode(), JOINED, LocalDate.of(2011, 3, 31)));
    SystemActor.run(() -> providers.flagLapsedRegistrations(LocalDate.of(2011, 4, 1)));
    int removed =
        SystemActor.call(() -> providers.removeFlagged(LocalDate.of(2011, 6, 30), "GDEIC lapsed"));
    assertThat(removed).isGreaterThanOrEqualTo(1);
    assertThat(view(code).removedOn()).isEqualTo(LocalDate.of(2011, 6, 30));
    assertThat(SystemActor.call(() -> providers.isRegistered(code, LocalDate.of(2011, 6, 29))))
        .isTrue();
    assertThat(SystemActor.call(() -> providers.isRegistered(code, LocalDate.of(2011, 6, 30))))
        .isFalse();
  }

  @Test
  void nightlyJobFlagsLapsedRegistrationsAsTheSystem() {
    String code =
        register(
            ProviderFixtures.prd(ProviderFixtures.uniqueCode(), JOINED, LocalDate.of(2012, 1, 1)));
    job.run();
    assertThat(view(code).flagged()).isTrue();
    assertThat(audit.of("provider", code).get(0).actor()).isEqualTo("system");
  }

  @Test
  void lapsesPageIsForOfficers() throws Exception {
    String qa = accounts.create(Role.QA);
    mvc.perform(get("/providers/lapses").with(accounts.page(qa))).andExpect(status().isForbidden());
  }

  private ProviderView view(String code) {
    return SystemActor.call(() -> providers.get(code));
  }

  private String register(ProviderDetails details) {
    return SystemActor.call(() -> providers.register(details)).code();
  }
}
