package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cppp.identity.Role;
import org.cppp.support.Browser;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * An officer reads the scheme catalogue in a browser and sends the new-scheme form without a name:
 * the page shows the field's error and nothing is defined (screenshots with {@code
 * -Dcppp.report.samples=DIR}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class SchemePagesBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired FundingRules rules;

  @Test
  void anOfficerReadsTheCatalogueAndAFormWithoutANameIsRefusedNamingTheField() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int before = rules.schemes().size();
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(officer, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser
          .go("/funding/schemes")
          .waitForText("Demonstration project (i): wider adoption of effective technologies");
      screenshot(browser, "schemes.png");
      browser.type("code", "DP_BROWSER").type("nameEn", "Browser scheme");
      new Select(browser.find(By.id("initiative"))).selectByValue("DEMONSTRATION");
      browser.type("nameZhCn", "浏览器计划");
      browser.click(By.id("applicants1")).click(By.id("needsCommittee1"));
      browser.click(By.xpath("//button[contains(., 'Define scheme')]"));
      browser.waitForText("Give the scheme a name in this language");
      assertThat(browser.find(By.id("nameZhHk")).getAttribute("class")).contains("is-invalid");
      screenshot(browser, "scheme-refused.png");
      browser.go("/funding/phases").waitForText("Funding rules");
      screenshot(browser, "phases.png");
    }
    assertThat(rules.schemes()).hasSize(before);
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
