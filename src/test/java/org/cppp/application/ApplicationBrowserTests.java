package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.Browser;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, Fixtures.class})
class ApplicationBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired FundingApplications applications;

  @Test
  void anApplicantDraftsUploadsAQuotationAndSubmitsAndAnOfficerScreensIt() throws Exception {
    String br = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    String applicant = accounts.applicantOf(br);
    String officer = accounts.create(Role.OFFICER);
    Path quotation = Files.createTempFile("quotation", ".pdf");
    Files.writeString(quotation, "%PDF-1.4\n% a quotation\n");
    String reference;
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(applicant, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/applications/new");
      browser.click(By.id("scheme-ON_SITE_ASSESSMENT"));
      browser.click(By.cssSelector("main form button[type=submit]"));
      browser.waitForText("Your draft is saved as you type");
      reference = browser.path().split("/")[2];
      browser.type("title", "Compressed air leak survey");
      browser.type("providerCode", provider);
      browser.type("costItems0.description", "On-site assessment");
      browser.type("costItems0.amountHkd", "36000");
      browser.waitForText("HK$ 15,000.00");
      browser.find(By.id("file")).sendKeys(quotation.toString());
      browser.click(By.cssSelector("form[enctype] button[type=submit]"));
      browser.waitForText("The document was uploaded");
      assertThat(browser.text()).contains("quotation");
      browser.click(By.cssSelector("button[name=intent][value=submit]"));
      browser.waitForText("The application was submitted");
      assertThat(browser.text()).contains("Submitted");
    }
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(officer, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/applications/" + reference);
      browser.click(By.xpath("//button[normalize-space()='Start screening']"));
      browser.waitForText("Screening has started");
      browser.type("note-ready", "Eligible, provider registered, quotation attached");
      browser.click(By.xpath("//button[normalize-space()='Ready for the committee']"));
      browser.waitForText("The application is ready for the committee");
    }
    String ref = reference;
    assertThat(SystemActor.call(() -> applications.get(ref).status()))
        .isEqualTo(ApplicationStatus.READY_FOR_COMMITTEE);
  }
}
