package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.ApplicationDocuments;
import org.cppp.application.ApplicationDraft;
import org.cppp.application.DocumentKind;
import org.cppp.application.FundingApplications;
import org.cppp.committee.Meetings;
import org.cppp.committee.NewMeeting;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Axe;
import org.cppp.support.Browser;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * axe-core in headless Chromium finds no WCAG 2.2 A/AA violation on the pages people use most: the
 * public site, an applicant's draft, the officer's queue and screening, the report and a meeting;
 * at a desktop and a phone width, in English and Chinese. Screenshots go to {@code target/a11y/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, Fixtures.class})
class AccessibilityBrowserTests {

  static final List<String> WCAG_22_AA = Axe.WCAG_22_AA;
  static final List<String> PUBLIC_PAGES =
      List.of(
          "/",
          "/providers/registered",
          "/providers/apply",
          "/events",
          "/funding/calculator",
          "/enquiry",
          "/toolbox?sector=TEXTILES",
          "/login");

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired FundingApplications applications;
  @Autowired ApplicationDocuments documents;
  @Autowired Meetings meetings;
  @Autowired Clock clock;

  @Test
  void thePublicPagesHaveNoWcagViolationsOnADesktopAndAPhoneInEveryLanguage() throws Exception {
    List<String> violations = new ArrayList<>();
    try (Browser browser = Browser.open(port, 1280)) {
      for (String language : List.of("en", "zh-HK", "zh-CN")) {
        browser.go("/?lang=" + language);
        for (String page : PUBLIC_PAGES) {
          violations.addAll(check(browser, page, "public-" + language));
        }
      }
      phone(browser);
      for (String page : PUBLIC_PAGES) {
        violations.addAll(check(browser, page, "phone"));
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theApplicantsDraftTheOfficersQueueAndScreeningTheReportAndAMeetingHaveNoViolations()
      throws Exception {
    String br = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    String draft = SystemActor.call(() -> draft(br, provider));
    String screened =
        SystemActor.call(
            () -> {
              String ref = draft(br, provider);
              documents.upload(ref, DocumentKind.QUOTATION, "q.pdf", "%PDF-1.4\n%q\n".getBytes());
              applications.submit(ref);
              applications.act(ref, ApplicationAction.SCREEN, ActionInput.none());
              return ref;
            });
    long meeting =
        SystemActor.call(
                () ->
                    meetings.schedule(
                        new NewMeeting(
                            "PMC A-" + System.nanoTime(),
                            "Accessibility check",
                            LocalDate.now(clock).plusDays(30),
                            LocalTime.of(14, 30),
                            "HKPC Building",
                            "https://meet.example.org/pmc",
                            null)))
            .id();
    List<String> violations = new ArrayList<>();
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(accounts.applicantOf(br), TestAccounts.PASSWORD).waitForText("Dashboard");
      violations.addAll(check(browser, "/dashboard", "applicant"));
      violations.addAll(check(browser, "/applications/" + draft + "/edit", "applicant"));
      phone(browser);
      violations.addAll(check(browser, "/applications/" + draft + "/edit", "applicant-phone"));
    }
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(accounts.create(Role.OFFICER), TestAccounts.PASSWORD).waitForText("Dashboard");
      for (String page :
          List.of(
              "/dashboard",
              "/applications",
              "/applications/" + screened,
              "/reports/progress?year=2011",
              "/committee/meetings/" + meeting,
              "/imports",
              "/budget")) {
        violations.addAll(check(browser, page, "officer"));
      }
      browser.go("/dashboard?lang=zh-HK");
      violations.addAll(check(browser, "/applications/" + screened, "officer-zh-HK"));
      violations.addAll(check(browser, "/reports/progress?year=2011", "officer-zh-HK"));
      phone(browser);
      browser.go("/dashboard?lang=en");
      for (String page : List.of("/applications", "/reports/progress?year=2011")) {
        violations.addAll(check(browser, page, "officer-phone"));
      }
      browser.go("/applications?lang=zh-HK");
      assertAWideTableSaysItScrollsAndTakesTheKeyboard(browser, "左右滑動表格以查看所有欄位。");
      browser.go("/applications?lang=en");
      assertAWideTableSaysItScrollsAndTakesTheKeyboard(
          browser, "Swipe the table sideways to see every column.");
    }
    assertThat(violations).isEmpty();
  }

  /**
   * On a phone a table wider than the screen is announced by a hint and can be scrolled by keys.
   */
  private static void assertAWideTableSaysItScrollsAndTakesTheKeyboard(
      Browser browser, String hint) {
    WebElement box =
        browser.driver().findElements(By.cssSelector(".table-responsive")).stream()
            .filter(
                b ->
                    (Boolean)
                        ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                "return arguments[0].scrollWidth > arguments[0].clientWidth + 1",
                                b))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no table scrolls at 390 px"));
    assertThat(box.getAttribute("tabindex")).isEqualTo("0");
    assertThat(box.getAttribute("role")).isEqualTo("region");
    WebElement note = browser.driver().findElement(By.id(box.getAttribute("aria-describedby")));
    assertThat(note.isDisplayed()).isTrue();
    assertThat(note.getText()).contains(hint);
  }

  @Test
  void axeReportsAViolationWhenThereIsOne() throws Exception {
    try (Browser browser = Browser.open(port, 1280)) {
      browser.go("/");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "document.querySelector('main').insertAdjacentHTML('beforeend',"
                  + " '<img src=\"/favicon.ico\"><a href=\"/events\" style=\"color:#777;"
                  + " background:#999\">low contrast</a>')");
      Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
      assertThat(results.getViolations())
          .extracting(Rule::getId)
          .contains("image-alt", "color-contrast");
    }
  }

  @Test
  void pagesScriptsAndStylesAreSentCompressed() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : List.of("/", "/css/cppp.css", "/js/cppp.js")) {
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Accept-Encoding", "gzip")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
    }
  }

  private String draft(String br, String provider) {
    return applications
        .create(
            br,
            Scheme.DEMONSTRATION_PROJECT,
            new ApplicationDraft(
                provider,
                "Heat recovery",
                "",
                null,
                List.of(new ApplicationDraft.Line("Heat exchanger", new BigDecimal("200000"))),
                TechnologyCategory.ENERGY_SAVING,
                "Less fuel",
                null,
                null))
        .reference();
  }

  private static void phone(Browser browser) {
    browser.driver().manage().window().setSize(new Dimension(390, 844));
  }

  private static List<String> check(Browser browser, String page, String label) throws Exception {
    return Axe.check(browser, page, label);
  }
}
