package org.cppp.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import org.cppp.platform.Notice;
import org.cppp.platform.Notices;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What the next page shows after a redirect ({@link Notices}): exactly one notice, done or refused,
 * with its text as the reader sees it.
 */
public final class Shown {

  private Shown() {}

  /** One notice: the action was done, in these words. */
  public static ResultMatcher success(String text) {
    return only(true, equalTo(text));
  }

  /** One notice: the action was refused, in these words. */
  public static ResultMatcher failure(String text) {
    return only(false, equalTo(text));
  }

  /** One notice: the action was refused, in words that match. */
  public static ResultMatcher failure(Matcher<String> text) {
    return only(false, text);
  }

  private static ResultMatcher only(boolean success, Matcher<String> text) {
    Matcher<Notice> notice =
        Matchers.allOf(
            new FeatureMatcher<Notice, Boolean>(equalTo(success), "success", "success") {
              @Override
              protected Boolean featureValueOf(Notice actual) {
                return actual.success();
              }
            },
            new FeatureMatcher<Notice, String>(text, "text", "text") {
              @Override
              protected String featureValueOf(Notice actual) {
                return actual.text();
              }
            });
    return flash().attribute(Notices.ATTRIBUTE, contains(notice));
  }
}
