package org.cppp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.cppp.identity.Role;
import org.cppp.support.Browser;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Issue 2: an officer registers a factory and finds it in the register, in three languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class FactoryRegisterBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void anOfficerRegistersAFactoryAndFindsItInTheListInEnglishAndChinese() {
    String officer = accounts.create(Role.OFFICER);
    String br = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    String name = "Harbour Light Metal Products Ltd " + br;
    try (Browser browser = Browser.open(port, 1280)) {
      browser.signIn(officer, TestAccounts.PASSWORD).waitForText("Dashboard");
      browser.go("/factories/new").waitForText("Register a factory");
      browser.type("brNumber", br).type("nameEn", name).type("nameZh", "港光金屬製品有限公司");
      new Select(browser.find(By.id("sector"))).selectByValue("METAL_AND_METAL_PRODUCTS");
      new Select(browser.find(By.id("city"))).selectByValue("DONGGUAN");
      assertThat(browser.find(By.id("hkOwned1")).isSelected()).isTrue();
      browser.type("address", "No. 8, Xingye Road, Chang'an Town, Dongguan, Guangdong");
      browser.type("contactPerson", "Ms Chan Mei Ling");
      browser.click(By.cssSelector("main form button[type=submit]")).waitForText(name);
      assertThat(browser.path()).isEqualTo("/factories/" + br);

      browser.go("/factories?q=" + br).waitForText(name);
      assertThat(browser.text()).contains("Metal and metal products", "Dongguan");

      browser.click(By.id("language-menu"));
      browser.click(By.cssSelector("a[lang='zh-HK']")).waitForText("廠房");
      assertThat(browser.text()).contains(name, "港光金屬製品有限公司", "金屬及金屬製品", "東莞");

      browser.click(By.id("language-menu"));
      browser.click(By.cssSelector("a[lang='zh-CN']")).waitForText("厂房");
      assertThat(browser.text()).contains(name, "金属及金属制品", "东莞");
    }
  }
}
