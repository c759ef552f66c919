package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.cppp.application.DeliveryJourney.Work;
import org.cppp.funding.Scheme;
import org.cppp.support.Browser;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The delivery journey in Chromium: the provider hands in a completion report on the application's
 * page (htmx), QA returns it with comments, the provider reads them and replaces the file, QA
 * accepts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestAccounts.class, Fixtures.class, CommitteeAuthority.class})
class DeliveryBrowserTests {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired Clock clock;

  @Test
  void theProviderHandsInQaReturnsItWithCommentsTheProviderReplacesItAndQaAccepts()
      throws Exception {
    DeliveryJourney journey = new DeliveryJourney(mvc, accounts, fixtures, committee, clock);
    Work work = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    Path report = Files.createTempFile("completion", ".pdf");
    Files.writeString(report, "%PDF-1.4\n% completion report\n");
    String page = "/applications/" + work.ref();
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(work.provider(), TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go(page);
      browser.find(By.id("deliverable-kind")).sendKeys("Completion report");
      browser.find(By.id("deliverable-file")).sendKeys(report.toString());
      browser.click(By.xpath("//button[normalize-space()='Hand in']"));
      browser.waitForText("The deliverable was handed in");
      assertThat(browser.path()).isEqualTo(page);
    }
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(work.qa(), TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go(page);
      browser
          .find(By.cssSelector("input[name=comments]"))
          .sendKeys("The energy figures are unsigned");
      browser.click(By.xpath("//button[normalize-space()='Return with comments']"));
      browser.waitForText("The deliverable was returned with your comments");
    }
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(work.provider(), TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go(page);
      assertThat(browser.text()).contains("The energy figures are unsigned");
      browser.find(By.cssSelector("input[id^=replace-]")).sendKeys(report.toString());
      browser.click(By.xpath("//button[normalize-space()='Replace the file']"));
      browser.waitForText("The file was replaced");
      assertThat(browser.text()).contains("revision 2");
    }
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(work.qa(), TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go(page);
      browser.click(By.xpath("//button[normalize-space()='Accept']"));
      browser.waitForText("The deliverable was accepted");
      assertThat(browser.find(By.id("completion-readiness")).getText())
          .contains("a completion report accepted by QA");
    }
  }
}
