package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.ApplicationDocuments;
import org.cppp.application.ApplicationDraft;
import org.cppp.application.DocumentKind;
import org.cppp.application.FundingApplications;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderDetails;
import org.cppp.provider.Providers;
import org.cppp.provider.Specialism;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Browser;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class CommitteeBrowserTests {

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired TestAccounts accounts;
  @Autowired Factories factories;
  @Autowired Providers providers;
  @Autowired FundingApplications applications;
  @Autowired ApplicationDocuments documents;
  @Autowired CommitteeMembers members;

  @Test
  void anOfficerBuildsTheAgendaAMemberDeclaresAndTheApplicantSeesTheDecision() {
    LocalDate today = LocalDate.now(clock);
    String br = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    String ref = readyApplication(br);
    String applicant = accounts.applicantOf(br);
    String officer = accounts.create(Role.OFFICER);
    MemberView chair = appoint(Position.CHAIR, "EPD", today);
    MemberView declaring = appoint(Position.MEMBER, "FHKI", today);
    MemberView other = appoint(Position.MEMBER, "CGCC", today);
    String number = "PMC B-" + System.nanoTime();

    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(officer, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/committee/meetings");
      browser.type("number", number).type("title", "Urgent applications");
      browser.type("venue", "HKPC Building, Kowloon Tong");
      setDate(browser, "date", today);
      browser.find(By.id("startTime")).sendKeys("1430");
      browser.click(By.cssSelector("form[action='/committee/meetings'] button[type=submit]"));
      browser.waitForText("The meeting is scheduled.");
      String meetingPath = browser.path();
      new Select(browser.find(By.id("scheme-filter"))).selectByValue("DEMONSTRATION_PROJECT");
      press(browser, By.id("add-" + ref)).waitForText("Added to the agenda.");
      assertThat(browser.find(By.id("agenda")).getText()).contains(ref);
      browser.driver().manage().deleteAllCookies();

      browser.signIn(declaring.username(), TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/committee").waitForText(number);
      browser.go(meetingPath);
      long itemId =
          Long.parseLong(
              browser.find(By.cssSelector("#agenda li")).getAttribute("id").substring(5));
      browser.type("nature-" + itemId, "Director of the factory's parent company");
      press(browser, By.id("declare-" + itemId)).waitForText("Your declaration is recorded.");
      assertThat(browser.text()).contains("Declared interest");
      browser.driver().manage().deleteAllCookies();

      browser.signIn(other.username(), TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go(meetingPath);
      assertThat(browser.find(By.id("declare-none")).getText())
          .isEqualTo("No interest in any item");
      press(browser, By.id("declare-none"))
          .waitForText("Your declarations are recorded: no interest in the remaining items.");
      browser.driver().manage().deleteAllCookies();

      browser.signIn(officer, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go(meetingPath);
      assertThat(browser.find(By.id("quorum")).getText()).startsWith("Quorum needs");
      for (MemberView m : List.of(chair, declaring, other)) {
        press(browser, By.id("att-save-" + m.id())).waitForText("Attendance recorded.");
      }
      press(browser, By.id("mark-held")).waitForText("The meeting is updated.");
      browser.type("note-" + itemId, "Report energy savings after six months");
      press(browser, By.id("decide-" + itemId)).waitForText("The decision is recorded.");
      browser.driver().manage().deleteAllCookies();

      browser.signIn(applicant, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/applications/" + ref).waitForText("Report energy savings after six months");
      browser.go("/committee/letters/" + ref).waitForText("Decision letter");
      assertThat(browser.find(By.id("letter-outcome")).getText()).isEqualTo("Approved");
    }
  }

  /** Scrolls a button into view, clicks it and waits for the next page. */
  private static Browser press(Browser browser, By by) {
    for (int attempt = 0; ; attempt++) {
      try {
        org.openqa.selenium.WebElement element = browser.find(by);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        new org.openqa.selenium.support.ui.WebDriverWait(
                browser.driver(), java.time.Duration.ofSeconds(10))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
        return browser;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  private static void setDate(Browser browser, String id, LocalDate date) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
  }

  private MemberView appoint(Position position, String org, LocalDate today) {
    String username = accounts.create(Role.COMMITTEE);
    return SystemActor.call(
        () ->
            members.appoint(
                new NewMember(
                    username, org, position, today, today.plusDays(30), List.of(), List.of())));
  }

  private String readyApplication(String br) {
    String provider = "B" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    return SystemActor.call(
        () -> {
          factories.register(
              new FactoryDetails(
                  br,
                  "Browser Factory " + br,
                  "瀏覽器工廠",
                  true,
                  "DONGGUAN",
                  Sector.METAL_AND_METAL_PRODUCTS,
                  LocalDate.of(2009, 1, 1),
                  "1 Test Road",
                  "Ms Test",
                  "+852 2000 0000",
                  "factory-" + br + "@example.com",
                  null));
          providers.register(
              new ProviderDetails(
                  provider,
                  "Browser Provider",
                  "測試供應商",
                  ProviderBase.HONG_KONG,
                  Set.of(Specialism.ENERGY_SAVING),
                  "Mr Provider",
                  "+852 3000 0000",
                  "p-" + provider.toLowerCase() + "@example.com",
                  LocalDate.of(2008, 4, 1),
                  null,
                  null));
          String ref =
              applications
                  .create(
                      br,
                      Scheme.DEMONSTRATION_PROJECT,
                      new ApplicationDraft(
                          provider,
                          "Heat recovery",
                          "",
                          null,
                          List.of(
                              new ApplicationDraft.Line(
                                  "Heat exchanger", new BigDecimal("200000"))),
                          TechnologyCategory.ENERGY_SAVING,
                          "Less fuel",
                          null,
                          null))
                  .reference();
          documents.upload(ref, DocumentKind.QUOTATION, "q.pdf", "%PDF-1.4\n%q\n".getBytes());
          applications.submit(ref);
          applications.act(ref, ApplicationAction.SCREEN, ActionInput.none());
          applications.act(ref, ApplicationAction.READY, new ActionInput("Checked", null, null));
          return ref;
        });
  }
}
