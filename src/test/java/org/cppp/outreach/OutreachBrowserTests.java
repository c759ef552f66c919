package org.cppp.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.Browser;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class OutreachBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Activities activities;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  /** The confirmation token in the link mailed to this address. */
  String tokenMailedTo(String email) {
    String body =
        jdbc.sql("select body from mail_outbox where recipient = ? order by id limit 1")
            .param(email)
            .query(String.class)
            .single();
    Matcher link = Pattern.compile("/events/registrations/([A-Za-z0-9_-]+)/confirm").matcher(body);
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  @Test
  void aVisitorFindsAnEventAndRegistersThenAnOfficerMarksAttendance() {
    String title = "Energy saving for printers " + System.nanoTime();
    String email = "mei.chan." + System.nanoTime() + "@example.com";
    long id = publishedEvent(title, 40);
    try (Browser browser = Browser.open(port, 1280)) {
      browser.go("/events").waitForText(title);
      browser.click(By.linkText(title)).waitForText("Register");
      browser
          .type("name", "Mei Chan")
          .type("company", "Pearl Printing Ltd")
          .type("factoryBr", "87654321")
          .type("email", email)
          .type("phone", "+852 2788 5678");
      browser.click(By.cssSelector("form button[type=submit].btn-success"));
      browser.waitForText("Nearly done");
      // the seat is taken only once the visitor opens the mailed link and confirms
      browser.go("/events/registrations/" + tokenMailedTo(email) + "/confirm");
      browser.click(By.cssSelector("form button[type=submit].btn-success"));
      browser.waitForText("Your seat is booked");
    }
    String officer = accounts.create(Role.OFFICER);
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(officer, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/outreach/activities/" + id).waitForText("Mei Chan");
      browser.click(By.cssSelector("input[name=attended]"));
      browser.click(By.id("save-attendance")).waitForText("Attendance saved");
      assertThat(browser.find(By.id("participants")).getText()).isEqualTo("1");
      assertThat(browser.find(By.id("attendees")).getText()).contains("Mei Chan");
    }
  }

  @Test
  void theEventsPageFitsAPhoneWithoutSidewaysScrolling() {
    publishedEvent(
        "A rather long seminar title about VOC reduction in paint spraying processes", 20);
    try (Browser browser = Browser.open(port, 390)) {
      browser.go("/events").waitForText("VOC reduction");
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      long scrollWidth =
          ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
      long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
      assertThat(scrollWidth).isLessThanOrEqualTo(innerWidth);
      browser.click(By.partialLinkText("VOC reduction")).waitForText("Register");
      long formScroll =
          ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
      assertThat(formScroll).isLessThanOrEqualTo(innerWidth);
    }
  }

  private long publishedEvent(String title, int capacity) {
    return SystemActor.call(
            () ->
                activities.create(
                    new ActivityCommand(
                        ActivityType.SEMINAR,
                        title,
                        "印刷業節能研討會",
                        "Practical measures.",
                        LocalDate.now(clock).plusDays(1),
                        java.time.LocalTime.of(14, 30),
                        "DONGGUAN",
                        "Dongguan Exhibition Centre",
                        List.of(
                            new CoOrganiser(
                                "Dongguan Printing Association",
                                CoOrganiserKind.TRADE_ASSOCIATION)),
                        capacity,
                        true,
                        true,
                        null,
                        null,
                        null)))
        .id();
  }
}
