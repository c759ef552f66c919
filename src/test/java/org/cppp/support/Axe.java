package org.cppp.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * axe-core's WCAG 2.2 A/AA check of the page a browser shows, with a full-page screenshot of it in
 * {@code target/a11y/}.
 */
public final class Axe {

  public static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  public static final Path SHOTS = Path.of("target", "a11y");

  private Axe() {}

  /** Opens the page, runs axe and saves a screenshot; returns the violations found. */
  public static List<String> check(Browser browser, String page, String label) throws Exception {
    browser.go(page);
    return checkShown(browser, page, label);
  }

  /** Runs axe on the page as it is shown now (e.g. after an htmx swap). */
  public static List<String> checkShown(Browser browser, String page, String label)
      throws Exception {
    ((JavascriptExecutor) browser.driver())
        .executeScript("return document.readyState === 'complete'");
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
    screenshot(browser, label + page.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        found.add(
            label
                + " "
                + page
                + ": "
                + rule.getId()
                + " ("
                + rule.getHelp()
                + ") at "
                + node.getTarget()
                + " "
                + node.getHtml());
      }
    }
    return found;
  }

  public static void screenshot(Browser browser, String name) throws Exception {
    Files.createDirectories(SHOTS);
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    Dimension window = browser.driver().manage().window().getSize();
    long height = ((Number) js.executeScript("return document.body.scrollHeight")).longValue();
    browser
        .driver()
        .manage()
        .window()
        .setSize(new Dimension(window.width, (int) Math.min(height + 140, 4000)));
    byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name), png);
    browser.driver().manage().window().setSize(window);
  }
}
