package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.cppp.identity.Role;
import org.cppp.support.Browser;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class SignInBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void anOfficerSignsInSwitchesToChineseAndTheChoiceIsRemembered() {
    String officer = accounts.create(Role.OFFICER);
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(officer, TestAccounts.PASSWORD).waitForText("Dashboard");
      assertThat(browser.path()).startsWith("/dashboard");
      browser.click(By.id("language-menu"));
      browser.click(By.cssSelector("a[lang='zh-HK']")).waitForText("主頁");
      browser.go("/dashboard").waitForText("你的角色");
      assertThat(browser.text()).contains("計劃主任");
    }
  }

  @Test
  void aWrongPasswordIsExplainedOnTheLoginPageAndTheUsernameStaysFilledIn() {
    try (Browser browser = Browser.open(port, 390)) {
      browser.signIn("nobody-here", "wrong-password-1").waitForText("not correct");
      assertThat(browser.path()).isEqualTo("/login?error");
      assertThat(browser.find(By.id("username")).getDomProperty("value")).isEqualTo("nobody-here");
    }
  }
}
