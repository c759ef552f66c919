package org.cppp.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (nothing is downloaded). Skips the test
 * where Chromium is not installed; {@code .ci/run} installs it.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final WebDriver driver;
  private final String baseUrl;

  private Browser(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /** Opens a browser window of this width (e.g. 1280 for a desktop, 390 for a phone). */
  public static Browser open(int port, int width) {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "Debian chromium and chromium-driver are not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=" + width + ",1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return new Browser(driver, "http://localhost:" + port);
  }

  public Browser go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public Browser type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Clicks an element after scrolling it to the middle of the window, clear of the footer. */
  public Browser click(By by) {
    WebElement element = driver.findElement(by);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
    return this;
  }

  public Browser signIn(String username, String password) {
    go("/login").type("username", username).type("password", password);
    return click(By.cssSelector("form button[type=submit]"));
  }

  /** Waits until the page's text contains this. */
  public Browser waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return this;
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
