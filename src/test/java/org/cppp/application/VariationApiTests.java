package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.cppp.application.DeliveryJourney.Work;
import org.cppp.committee.CommitteeMembers;
import org.cppp.committee.NewMember;
import org.cppp.committee.Position;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.support.CapturingMailer;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Variation requests end to end through the API: the factory asks, an officer decides under a
 * delegated authority (or the committee by circulation), and an approval changes the application
 * through the guards of its decision. A demonstration project of HK$300,000 has a grant of
 * HK$150,000 (half, under the HK$160,000 ceiling), so a new cost of HK$310,000 raises it by 5,000.
 */
@IntegrationTest
class VariationApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired TestClock clock;
  @Autowired Budget budget;
  @Autowired FundingApplications applications;
  @Autowired ApplicationVariations variations;
  @Autowired CapturingMailer mail;
  @Autowired CommitteeMembers members;

  Work approved() throws Exception {
    return new DeliveryJourney(mvc, accounts, fixtures, committee, clock)
        .started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
  }

  ResultActions ask(String user, String ref, String body) throws Exception {
    return mvc.perform(
        post("/api/applications/" + ref + "/variations")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  long asked(Work work, String body) throws Exception {
    String json =
        ask(work.applicant(), work.ref(), body)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("REQUESTED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  ResultActions decide(String user, Work work, long id, String outcome, String note, Long da)
      throws Exception {
    String body =
        "{\"outcome\":\"%s\",\"decidedOn\":\"%s\",\"note\":%s,\"delegatedAuthorityId\":%s}"
            .formatted(outcome, clock.today(), note == null ? "null" : "\"" + note + "\"", da);
    return mvc.perform(
        post("/api/applications/" + work.ref() + "/variations/" + id + "/decision")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  long authority(String maxHkd) {
    return committee.inForce(maxHkd, Scheme.DEMONSTRATION_PROJECT).id();
  }

  ApplicationView application(String ref) {
    return SystemActor.call(() -> applications.get(ref));
  }

  @Test
  void anExtensionApprovedUnderDelegatedAuthorityMovesTheDueDateAndTellsTheFactory()
      throws Exception {
    Work work = approved();
    LocalDate due = application(work.ref()).dueOn();
    LocalDate later = due.plusMonths(3);
    long id =
        asked(
            work,
            "{\"kind\":\"EXTENSION\",\"reason\":\"Late delivery\",\"newDueOn\":\"" + later + "\"}");
    long da = authority("500000.00");
    mvc.perform(
            get("/api/applications/" + work.ref() + "/variations/" + id + "/delegations")
                .with(accounts.api(work.officer())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + da + ")]").exists());

    decide(work.officer(), work, id, "APPROVE", "Last extension", da)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.previousValue").value(due.toString()))
        .andExpect(jsonPath("$.citation").value(org.hamcrest.Matchers.startsWith("DA-" + da)));

    assertThat(application(work.ref()).dueOn()).isEqualTo(later);
    var told = mail.await(work.applicant() + "@example.com", "variation approved");
    assertThat(told.body()).contains(work.ref()).contains("Extension of time").contains("http");
    mvc.perform(
            get("/api/applications/" + work.ref() + "/variations")
                .with(accounts.api(work.applicant())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("APPROVED"));
    decide(work.officer(), work, id, "APPROVE", null, da).andExpect(status().isConflict());
  }

  @Test
  void aProviderChangeNeedsARegisteredProviderWhoseGdeicRegistrationHasNotLapsed()
      throws Exception {
    Work work = approved();
    ask(
            work.applicant(),
            work.ref(),
            "{\"kind\":\"PROVIDER\",\"reason\":\"Closed down\",\"newProviderCode\":\""
                + fixtures.lapsedGuangdongProvider()
                + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newProviderCode"));
    String other = fixtures.registeredProvider();
    long id =
        asked(
            work,
            "{\"kind\":\"PROVIDER\",\"reason\":\"Closed down\",\"newProviderCode\":\""
                + other
                + "\"}");
    decide(work.officer(), work, id, "APPROVE", null, authority("500000.00"))
        .andExpect(status().isOk());
    assertThat(application(work.ref()).draft().providerCode()).isEqualTo(other);
  }

  @Test
  void aRefusedScopeChangeNeedsReasonsAndLeavesTheApplicationUnchanged() throws Exception {
    Work work = approved();
    String before = application(work.ref()).draft().description();
    long id =
        asked(work, "{\"kind\":\"SCOPE\",\"reason\":\"New line\",\"newScope\":\"Two boilers\"}");
    long da = authority("500000.00");
    decide(work.officer(), work, id, "REJECT", null, da)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    decide(work.officer(), work, id, "REJECT", "Outside the demonstrated technology", da)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REFUSED"));
    assertThat(application(work.ref()).draft().description()).isEqualTo(before);
    var told = mail.await(work.applicant() + "@example.com", "variation refused");
    assertThat(told.body()).contains("Outside the demonstrated technology");
  }

  @Test
  void anApprovedScopeChangeReplacesTheDescription() throws Exception {
    Work work = approved();
    long id =
        asked(work, "{\"kind\":\"SCOPE\",\"reason\":\"New line\",\"newScope\":\"Two boilers\"}");
    decide(work.officer(), work, id, "APPROVE", null, authority("500000.00"))
        .andExpect(status().isOk());
    assertThat(application(work.ref()).draft().description()).isEqualTo("Two boilers");
  }

  @Test
  void aCostIncreaseCommitsTheDifferenceAndADecreaseReleasesIt() throws Exception {
    Work work = approved();
    long da = authority("500000.00");
    long up =
        asked(
            work, "{\"kind\":\"COST\",\"reason\":\"Steel prices\",\"newTotalCostHkd\":\"310000\"}");
    decide(work.officer(), work, up, "APPROVE", null, da).andExpect(status().isOk());
    assertThat(application(work.ref()).approvedAmountHkd()).isEqualByComparingTo("155000.00");
    var ledger = SystemActor.call(() -> budget.entriesFor(work.ref()));
    assertThat(ledger)
        .extracting(e -> e.kind())
        .containsExactly(EntryKind.COMMIT, EntryKind.COMMIT);
    assertThat(ledger.get(1).amountHkd()).isEqualByComparingTo("5000.00");

    long down =
        asked(work, "{\"kind\":\"COST\",\"reason\":\"Cheaper\",\"newTotalCostHkd\":\"280000\"}");
    decide(work.officer(), work, down, "APPROVE", null, da).andExpect(status().isOk());
    assertThat(application(work.ref()).approvedAmountHkd()).isEqualByComparingTo("140000.00");
    assertThat(SystemActor.call(() -> budget.entriesFor(work.ref())).get(2).kind())
        .isEqualTo(EntryKind.RELEASE);
  }

  @Test
  void onlyTheFactoryAsksOnlyOfficersDecideAndOthersSeeNothing() throws Exception {
    Work work = approved();
    String body = "{\"kind\":\"SCOPE\",\"reason\":\"New line\",\"newScope\":\"Two boilers\"}";
    ask(work.officer(), work.ref(), body).andExpect(status().isForbidden());
    ask(work.provider(), work.ref(), body).andExpect(status().isForbidden());
    String stranger = accounts.applicantOf(fixtures.eligibleFactory());
    ask(stranger, work.ref(), body).andExpect(status().isNotFound());
    long id = asked(work, body);
    decide(work.applicant(), work, id, "APPROVE", null, authority("500000.00"))
        .andExpect(status().isForbidden());
    decide(accounts.create(Role.COMMITTEE), work, id, "APPROVE", null, authority("500000.00"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/applications/" + work.ref() + "/variations").with(accounts.api(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/applications/" + work.ref() + "/variations")
                .with(accounts.api(accounts.create(Role.EPD))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("REQUESTED"));
  }

  @Test
  void badInputIsRefusedByFieldAndNothingIsSaved() throws Exception {
    Work work = approved();
    ask(
            work.applicant(),
            work.ref(),
            "{\"kind\":\"EXTENSION\",\"reason\":\"x\",\"newDueOn\":\"31/12/2027\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newDueOn"));
    ask(
            work.applicant(),
            work.ref(),
            "{\"kind\":\"COST\",\"reason\":\"x\",\"newTotalCostHkd\":\"1.234\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newTotalCostHkd"));
    ask(work.applicant(), work.ref(), "{\"kind\":\"COST\",\"reason\":\"x\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newTotalCostHkd"));
    ask(work.applicant(), work.ref(), "{\"kind\":\"EXTENSION\",\"newDueOn\":\"2030-01-01\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    ask(
            work.applicant(),
            work.ref(),
            "{\"kind\":\"EXTENSION\",\"reason\":\"x\",\"newDueOn\":\""
                + application(work.ref()).dueOn()
                + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newDueOn"));
    assertThat(SystemActor.call(() -> variations.of(work.ref()))).isEmpty();
  }

  @Test
  void aCostIncreaseTheBudgetCannotCoverIsRefusedAndChangesNothing() throws Exception {
    Work work = approved();
    long da = authority("500000.00");
    long id =
        asked(
            work, "{\"kind\":\"COST\",\"reason\":\"Steel prices\",\"newTotalCostHkd\":\"310000\"}");
    String filler = leaveAvailable("4999.99");
    try {
      decide(work.officer(), work, id, "APPROVE", null, da)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("amountHkd"));
    } finally {
      release(filler);
    }
    ApplicationView after = application(work.ref());
    assertThat(after.approvedAmountHkd()).isEqualByComparingTo("150000.00");
    assertThat(SystemActor.call(() -> budget.entriesFor(work.ref()))).hasSize(1);
    assertThat(SystemActor.call(() -> variations.get(work.ref(), id)).status())
        .isEqualTo(VariationStatus.REQUESTED);
  }

  @Test
  void aVariationAboveTheDelegatedCeilingCannotBeDecidedUnderItAndGoesToTheCommittee()
      throws Exception {
    Work work = approved();
    long small = authority("152000.00");
    long id =
        asked(
            work, "{\"kind\":\"COST\",\"reason\":\"Steel prices\",\"newTotalCostHkd\":\"310000\"}");
    mvc.perform(
            get("/api/applications/" + work.ref() + "/variations/" + id + "/delegations")
                .with(accounts.api(work.officer())))
        .andExpect(jsonPath("$[?(@.id == " + small + ")]").doesNotExist());
    decide(work.officer(), work, id, "APPROVE", null, small)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("delegatedAuthorityId"));
    assertThat(application(work.ref()).approvedAmountHkd()).isEqualByComparingTo("150000.00");
    // the committee sits on a day of its own, so no other test's members count towards its quorum
    LocalDate sitting = clock.today().plusDays(ThreadLocalRandom.current().nextInt(2, 20));
    List<String> voters =
        List.of(
            member(Position.CHAIR, "EPD", sitting),
            member(Position.MEMBER, "HKGCC", sitting),
            member(Position.MEMBER, "FHKI", sitting));
    String json =
        mvc.perform(
                post("/api/committee/circulations")
                    .with(accounts.api(work.officer()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"applicationRef\":\"%s\",\"variationId\":%d,\"deadline\":\"%s\"}"
                            .formatted(work.ref(), id, sitting)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.variationId").value(id))
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long circulation = ((Number) JsonPath.read(json, "$.id")).longValue();
    clock.setDate(sitting);
    try {
      for (String voter : voters) {
        mvc.perform(
                post("/api/committee/circulations/" + circulation + "/votes")
                    .with(accounts.api(voter))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"vote\":\"APPROVE\",\"comment\":\"\"}"))
            .andExpect(status().isOk());
      }
      mvc.perform(
              post("/api/committee/circulations/" + circulation + "/close")
                  .with(accounts.api(work.officer())))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.outcome").value("APPROVED"));
    } finally {
      clock.reset();
    }
    VariationView decided = SystemActor.call(() -> variations.get(work.ref(), id));
    assertThat(decided.status()).isEqualTo(VariationStatus.APPROVED);
    assertThat(decided.citation()).startsWith("C-" + circulation);
    assertThat(application(work.ref()).approvedAmountHkd()).isEqualByComparingTo("155000.00");
  }

  private String member(Position position, String organisation, LocalDate on) {
    String username = accounts.create(Role.COMMITTEE);
    SystemActor.run(
        () ->
            members.appoint(
                new NewMember(username, organisation, position, on, on, List.of(), List.of())));
    return username;
  }

  @Test
  void twoConcurrentCostIncreasesAtTheBudgetsEdgeNeverOverCommit() throws Exception {
    Work first = approved();
    Work second = approved();
    long da = authority("500000.00");
    String cost = "{\"kind\":\"COST\",\"reason\":\"Steel prices\",\"newTotalCostHkd\":\"310000\"}";
    long a = asked(first, cost);
    long b = asked(second, cost);
    String filler = leaveAvailable("7500.00");
    List<Boolean> approved;
    BigDecimal left;
    try {
      approved = race(List.of(() -> approve(first, a, da), () -> approve(second, b, da)));
      left = SystemActor.call(() -> budget.summary()).availableHkd();
    } finally {
      release(filler);
    }
    assertThat(approved).containsExactlyInAnyOrder(true, false);
    assertThat(left).isEqualByComparingTo("2500.00");
  }

  private boolean approve(Work work, long id, long da) {
    try {
      SystemActor.call(
          () ->
              variations.decide(
                  work.ref(),
                  id,
                  new VariationDecision(
                      DecisionOutcome.APPROVED,
                      clock.today(),
                      null,
                      DecisionAuthority.delegated(da))));
      return true;
    } catch (RuleViolation refused) {
      assertThat(refused.field()).isEqualTo("amountHkd");
      return false;
    }
  }

  private static List<Boolean> race(List<Callable<Boolean>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<Boolean>> futures =
          tasks.stream()
              .map(
                  t ->
                      pool.submit(
                          () -> {
                            gate.await();
                            return t.call();
                          }))
              .toList();
      gate.countDown();
      List<Boolean> results = new java.util.ArrayList<>();
      for (Future<Boolean> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Commits all but {@code amount} of the programme's budget to a stand-in; its reference. */
  private String leaveAvailable(String amount) {
    String ref = "FILL-" + UUID.randomUUID().toString().substring(0, 8);
    SystemActor.run(
        () -> {
          BigDecimal fill = budget.summary().availableHkd().subtract(new BigDecimal(amount));
          budget.commit(ref, Scheme.ON_SITE_ASSESSMENT, fill, clock.today());
        });
    return ref;
  }

  private void release(String filler) {
    SystemActor.run(
        () -> {
          BigDecimal unpaid = budget.entriesFor(filler).get(0).amountHkd();
          budget.release(filler, unpaid, clock.today(), "test stand-in released");
        });
  }
}
