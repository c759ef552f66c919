package org.cppp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cppp.identity.Role;
import org.cppp.support.Browser;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * An officer reads the report with its charts, has its PDF made in the background, and the
 * dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class ReportingBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;

  @Test
  void anOfficerReadsTheReportAndDownloadsItsPdfMadeInTheBackground() throws Exception {
    new ReportFixtures(context).programme();
    String officer = accounts.create(Role.OFFICER);
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(officer, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/reports/progress?year=2034").waitForText("Approvals per financial year");
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      long drawn =
          ((Number)
                  js.executeScript(
                      "return Array.from(document.querySelectorAll('canvas[data-chart]'))"
                          + ".filter(c => Chart.getChart(c)).length"))
              .longValue();
      assertThat(drawn).isEqualTo(4);
      screenshot(browser, "report-page.png");
      browser.click(By.xpath("//button[contains(., 'PDF (English)')]"));
      browser.waitForText("Download cppp-progress-report-2034");
      screenshot(browser, "report-job.png");
      js.executeScript(
          "document.documentElement.style.scrollBehavior = 'auto';"
              + " document.getElementById('approvals-heading').scrollIntoView()");
      screenshot(browser, "report-charts.png");

      browser.go("/reports/dashboard").waitForText("Budget burn-down");
      long charts =
          ((Number)
                  js.executeScript(
                      "return Array.from(document.querySelectorAll('canvas[data-chart]'))"
                          + ".filter(c => Chart.getChart(c)).length"))
              .longValue();
      assertThat(charts).isEqualTo(ReportDashboard.CHARTS.size());
      screenshot(browser, "dashboard.png");
    }
  }

  private static void screenshot(Browser browser, String name) throws Exception {
    String dir = System.getProperty("cppp.report.samples");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
      Files.write(Path.of(dir, name), png);
    }
  }
}
