package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Keeps the three languages in step, and every message a template names defined. */
class MessagesTests {

  private static final PathMatchingResourcePatternResolver resources =
      new PathMatchingResourcePatternResolver();
  private static final Pattern MESSAGE_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

  @Test
  void everyLanguageHasTheSameKeys() throws IOException {
    Map<String, Set<String>> english = bundles("");
    assertThat(english).isNotEmpty();
    for (String suffix : new String[] {"_zh_HK", "_zh_CN"}) {
      Map<String, Set<String>> translated = bundles(suffix);
      assertThat(translated.keySet()).as("bundles for %s", suffix).isEqualTo(english.keySet());
      english.forEach(
          (bundle, keys) ->
              assertThat(translated.get(bundle)).as("%s%s keys", bundle, suffix).isEqualTo(keys));
    }
  }

  @Test
  void everyMessageKeyInATemplateIsDefined() throws IOException {
    Set<String> defined = new TreeSet<>();
    bundles("").values().forEach(defined::addAll);
    Set<String> missing = new TreeSet<>();
    for (Resource template : resources.getResources("classpath*:templates/**/*.html")) {
      String html = template.getContentAsString(StandardCharsets.UTF_8);
      Matcher m = MESSAGE_IN_TEMPLATE.matcher(html);
      while (m.find()) {
        if (!defined.contains(m.group(1))) {
          missing.add(template.getFilename() + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /**
   * A message with arguments is a {@link java.text.MessageFormat} pattern, where a lone apostrophe
   * starts a quoted part and swallows every placeholder after it ("your factory's {2}" printed
   * "{2}" instead of the link): such a message writes an apostrophe as {@code ''}.
   */
  @Test
  void noMessageWithArgumentsHasALoneApostrophe() throws IOException {
    Pattern lone = Pattern.compile("(?<!')'(?!')");
    Set<String> broken = new TreeSet<>();
    for (Resource file : resources.getResources("classpath*:i18n/*.properties")) {
      Properties messages = new Properties();
      try (var in = file.getInputStream()) {
        messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      messages.forEach(
          (key, value) -> {
            String text = value.toString();
            if (text.matches("(?s).*\\{\\d.*") && lone.matcher(text).find()) {
              broken.add(file.getFilename() + ": " + key);
            }
          });
    }
    assertThat(broken).isEmpty();
  }

  private static Map<String, Set<String>> bundles(String suffix) throws IOException {
    Map<String, Set<String>> bundles = new TreeMap<>();
    for (Resource file : resources.getResources("classpath*:i18n/*.properties")) {
      String name = file.getFilename().replace(".properties", "");
      boolean translated = name.endsWith("_zh_HK") || name.endsWith("_zh_CN");
      if (suffix.isEmpty() ? translated : !name.endsWith(suffix)) {
        continue;
      }
      bundles.put(name.substring(0, name.length() - suffix.length()), keys(file));
    }
    return bundles;
  }

  private static Set<String> keys(Resource file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = file.getInputStream()) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
