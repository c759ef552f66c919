package org.cppp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppp.support.ClientAddresses.anyAddress;
import static org.cppp.support.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.factory.Factories;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AccountRequestTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccountRequests requests;
  @Autowired Factories factories;
  @Autowired Users users;
  @Autowired org.cppp.identity.RoleHolders roleHolders;
  @Autowired CapturingMailer mail;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static String br() {
    return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
  }

  MockHttpServletRequestBuilder register(String br, String username) {
    return register(br, username, "a-long-password");
  }

  MockHttpServletRequestBuilder register(String br, String username, String password) {
    return post("/register")
        .with(csrf())
        .with(from(anyAddress()))
        .param("brNumber", br)
        .param("nameEn", "Harbour Dyeing Works Ltd")
        .param("nameZh", "海港染廠")
        .param("hkOwned", "true")
        .param("city", "FOSHAN")
        .param("sector", "TEXTILES")
        .param("address", "8 River Road, Foshan")
        .param("contactPerson", "Ms Chan")
        .param("contactPhone", "+852 2111 2222")
        .param("contactEmail", username + "@example.com")
        .param("username", username)
        .param("password", password);
  }

  long pendingFor(String username) {
    return SystemActor.call(
        () ->
            requests.pending(Pageable.unpaged()).stream()
                .filter(r -> r.username().equals(username))
                .count());
  }

  @Test
  void aFactoryAsksForAnAccountAndAnOfficerOpensItAndTheApplicantCanSignIn() throws Exception {
    String br = br();
    String username = "harbour-" + br;
    mvc.perform(register(br, username)).andExpect(redirectedUrl("/register/sent"));
    assertThat(pendingFor(username)).isEqualTo(1);
    long id = idOf(username);
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/site/account-requests/" + id + "/approve")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(Shown.success("The factory is registered and its account is open."));
    assertThat(SystemActor.call(() -> factories.exists(br))).isTrue();
    mvc.perform(formLogin("/login").user(username).password("a-long-password"))
        .andExpect(redirectedUrl("/dashboard"));
    mail.await(username + "@example.com", "CPPP account opened");
    mvc.perform(
            post("/site/account-requests/" + id + "/approve")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(
            Shown.failure(
                "The username "
                    + username
                    + " is already taken: reject the request and ask for another."));
  }

  @Test
  void anAccountAskedForOnASimplifiedChinesePageIsOpenedAndMailedInSimplifiedChinese()
      throws Exception {
    String br = br();
    String username = "harbour-" + br;
    mvc.perform(register(br, username).param("lang", "zh-CN"))
        .andExpect(redirectedUrl("/register/sent"));
    long id = idOf(username);
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/site/account-requests/" + id + "/approve")
                .with(accounts.page(officer))
                .with(csrf())
                .param("lang", "en"))
        .andExpect(Shown.success("The factory is registered and its account is open."));
    assertThat(mail.await(username + "@example.com", "清洁生产伙伴计划账户已开设").body())
        .doesNotContain("CPPP account");
    assertThat(roleHolders.languageOf(username))
        .isEqualTo(java.util.Locale.forLanguageTag("zh-CN"));
  }

  @Test
  void aCommonPasswordIsRefusedOnTheRequestAndNothingIsSaved() throws Exception {
    String br = br();
    String username = "common-" + br;
    mvc.perform(register(br, username, "1qaz2wsx3edc"))
        .andExpect(status().isOk())
        .andExpect(
            model().attributeHasFieldErrorCode("request", "password", "user.password.common"));
    assertThat(pendingFor(username)).isZero();
  }

  @Test
  void aRejectionNeedsAReasonAndTellsTheFactory() throws Exception {
    String br = br();
    String username = "reject-" + br;
    mvc.perform(register(br, username));
    long id = idOf(username);
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/site/account-requests/" + id + "/reject")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(Shown.failure("Give the reason for rejecting the request."));
    mvc.perform(
            post("/site/account-requests/" + id + "/reject")
                .param("reason", "Not a Hong Kong-owned company")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(Shown.success("The request was rejected and the factory told."));
    mail.await(username + "@example.com", "account request");
    assertThat(SystemActor.call(() -> users.exists(username))).isFalse();
  }

  @Test
  void badInputIsShownOnTheFieldsAndNothingIsSaved() throws Exception {
    mvc.perform(
            post("/register")
                .with(csrf())
                .param("brNumber", "12AB")
                .param("username", "X")
                .param("password", "short"))
        .andExpect(status().isOk())
        .andExpect(
            model()
                .attributeHasFieldErrors(
                    "request", "brNumber", "nameEn", "city", "sector", "username", "password"));
  }

  @Test
  void theFormDoesNotTellWhetherAUsernameExistsButTheOfficerSeesItAndCannotApprove()
      throws Exception {
    String existing = accounts.create(Role.QA);
    String fresh = "fresh-" + br();
    mvc.perform(register(br(), existing)).andExpect(redirectedUrl("/register/sent"));
    mvc.perform(register(br(), fresh)).andExpect(redirectedUrl("/register/sent"));
    assertThat(pendingFor(existing)).isEqualTo(1);
    String officer = accounts.create(Role.OFFICER);
    String page =
        mvc.perform(get("/site/account-requests?size=500").with(accounts.page(officer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("The username " + existing + " is already taken");
    long id = idOf(existing);
    mvc.perform(
            post("/site/account-requests/" + id + "/approve")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(
            Shown.failure(
                "The username "
                    + existing
                    + " is already taken: reject the request and ask for another."));
  }

  @Test
  void oneAddressSendingManyRequestsIsRefusedWithAMessage() throws Exception {
    String address = anyAddress();
    String last = "";
    for (int i = 0; i < 6; i++) {
      last =
          mvc.perform(register(br(), "flood-" + i + "-" + br()).with(from(address)))
              .andReturn()
              .getResponse()
              .getContentAsString();
    }
    assertThat(last).contains("sent many times from here or to this address");
    String victim = "victim-" + br();
    for (int i = 0; i < 4; i++) {
      last = mvc.perform(register(br(), victim)).andReturn().getResponse().getContentAsString();
    }
    assertThat(last).contains("sent many times from here or to this address");
  }

  long idOf(String username) {
    return pendingRequestOf(username).id();
  }

  AccountRequestView pendingRequestOf(String username) {
    return SystemActor.call(
        () ->
            requests.pending(Pageable.unpaged()).stream()
                .filter(r -> r.username().equals(username))
                .findFirst()
                .orElseThrow());
  }

  @Test
  void robotsFillingTheTrapAreIgnored() throws Exception {
    String username = "robot-" + br();
    mvc.perform(register(br(), username).param("website", "http://spam"))
        .andExpect(redirectedUrl("/register/sent"));
    assertThat(pendingFor(username)).isZero();
  }

  @Test
  void onlyOfficersSeeTheRequests() throws Exception {
    mvc.perform(get("/register")).andExpect(status().isOk());
    mvc.perform(get("/site/account-requests").with(accounts.page(accounts.create(Role.QA))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/site/account-requests").with(accounts.page(accounts.create(Role.OFFICER))))
        .andExpect(status().isOk());
  }

  @Test
  void aRequestIsDatedByTheProgrammesClockWhenSentAndWhenDecided() throws Exception {
    clock.setDate(clock.today().minusDays(3));
    Instant stopped = clock.instant();
    String br = br();
    String username = "dated-" + br;
    mvc.perform(register(br, username)).andExpect(redirectedUrl("/register/sent"));
    AccountRequestView sent = pendingRequestOf(username);
    assertThat(sent.submittedAt()).isEqualTo(stopped);
    AccountRequestView refused =
        SystemActor.call(() -> requests.reject(sent.id(), "Not a factory we know"));
    assertThat(refused.decidedAt()).isEqualTo(stopped);
  }
}
