package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cppp.application.HistoricalApplications;
import org.cppp.identity.Role;
import org.cppp.support.Axe;
import org.cppp.support.Browser;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.cppp.verification.VerificationFixtures.Project;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The verification journey in Chromium: a provider opens a case on its completed project, pastes 24
 * months of readings from a spreadsheet, previews and saves them and submits; QA signs; the factory
 * downloads the report in Traditional Chinese. axe finds no WCAG 2.2 AA violation on the pages on
 * the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, Fixtures.class})
class VerificationBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;

  @Test
  void aProviderPastes24MonthsQaSignsAndTheFactoryDownloadsTheReportInTraditionalChinese()
      throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    List<String> violations = new ArrayList<>();
    String casePath;
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(accounts.staffOf(p.providerCode()), TestAccounts.PASSWORD);
      browser.waitForText("Dashboard");
      violations.addAll(Axe.check(browser, "/verifications/new?text=" + p.reference(), "provider"));
      browser.click(By.linkText("Choose"));
      openCase(browser);
      browser.waitForText("The verification case is open");
      casePath = browser.path();
      violations.addAll(Axe.checkShown(browser, casePath, "provider"));

      browser.go(casePath + "/readings");
      paste(browser, twentyFourMonths());
      browser.click(By.id("preview-readings")).waitForText("24 periods would be saved");
      violations.addAll(Axe.checkShown(browser, casePath + "/readings", "provider-preview"));
      browser.click(By.id("save-readings")).waitForText("Readings saved: 24 periods");
      browser.click(By.id("submit-case")).waitForText("The case is submitted to QA.");
      assertThat(browser.text()).contains("Awaiting QA", "Electricity (kWh)");
      assertThat(drawnCharts(browser)).isEqualTo(1);
    }
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(accounts.create(Role.QA), TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/verifications?status=SUBMITTED");
      violations.addAll(Axe.checkShown(browser, "/verifications", "qa"));
      browser.go(casePath);
      browser.click(By.id("sign-case")).waitForText("The result is signed and frozen");
    }
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(accounts.applicantOf(p.factoryBr()), TestAccounts.PASSWORD);
      browser.waitForText("Dashboard");
      browser.go(casePath + "?lang=zh-HK").waitForText("已簽署");
      violations.addAll(Axe.checkShown(browser, casePath, "factory-zh-HK"));
      String href = browser.find(By.partialLinkText("繁體中文")).getAttribute("href");
      HttpResponse<byte[]> pdf = download(browser, href);
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(VerificationReportTests.text(pdf.body()))
          .contains("核實報告：" + p.reference(), "基線模型", "減少的排放");
    }
    assertThat(violations).isEmpty();
  }

  private static void openCase(Browser browser) {
    new Select(browser.find(By.id("option"))).selectByValue("B");
    browser.type("boundary", "Injection moulding hall, sub-meter M4");
    browser.type("variables", "production_t");
    setValue(browser, "baseline.from", "2011-01-01");
    setValue(browser, "baseline.to", "2011-12-31");
    setValue(browser, "reporting.from", "2012-03-01");
    setValue(browser, "reporting.to", "2013-02-28");
    browser.click(By.cssSelector("input[name=carriers][value=ELECTRICITY_KWH]"));
    browser.click(By.cssSelector("#case-form button[type=submit]"));
  }

  /**
   * What a paste from a spreadsheet leaves in the box: tab-separated cells (typing a tab would move
   * the focus instead, so the text is put there as the browser's paste would).
   */
  private static void paste(Browser browser, String tsv) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var box = document.getElementById('table'); box.focus(); box.value = arguments[0];"
                + " box.dispatchEvent(new Event('input', {bubbles: true}));",
            tsv);
  }

  /** 12 baseline and 12 reporting months; the reporting months use 12 % less at equal output. */
  static String twentyFourMonths() {
    StringBuilder rows = new StringBuilder("from\tto\tELECTRICITY_KWH\tproduction_t\n");
    List<LocalDate> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      months.add(LocalDate.of(2011, 1, 1).plusMonths(m));
    }
    for (int m = 0; m < 12; m++) {
      months.add(LocalDate.of(2012, 3, 1).plusMonths(m));
    }
    for (int i = 0; i < months.size(); i++) {
      LocalDate from = months.get(i);
      int tonnes = 100 + 10 * ((i * 7) % 12);
      double kwh = (20000 + 150 * tonnes + (i % 3 - 1) * 250) * (i < 12 ? 1.0 : 0.88);
      rows.append(from)
          .append('\t')
          .append(from.plusMonths(1).minusDays(1))
          .append('\t')
          .append(Math.round(kwh))
          .append('\t')
          .append(tonnes)
          .append('\n');
    }
    return rows.toString();
  }

  private static long drawnCharts(Browser browser) {
    return ((Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return Array.from(document.querySelectorAll('canvas[data-chart]'))"
                        + ".filter(c => Chart.getChart(c)).length"))
        .longValue();
  }

  /** Fetches a link with the browser's session, as its download would. */
  private static HttpResponse<byte[]> download(Browser browser, String href) throws Exception {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void setValue(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }
}
