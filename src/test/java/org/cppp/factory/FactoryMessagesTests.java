package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FactoryMessagesTests {

  @Test
  void everyLanguageHasTheSameWordsAsEnglish() throws IOException {
    Properties english = load("i18n/factory.properties");
    for (String lang : new String[] {"zh_HK", "zh_CN"}) {
      Properties other = load("i18n/factory_" + lang + ".properties");
      assertThat(other.stringPropertyNames())
          .as(lang)
          .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }
  }

  @Test
  void everySectorHasAName() throws IOException {
    Properties english = load("i18n/factory.properties");
    for (Sector sector : Sector.values()) {
      assertThat(english).containsKey(sector.messageKey());
    }
    for (IneligibilityReason.Kind kind : IneligibilityReason.Kind.values()) {
      assertThat(english).containsKey(new IneligibilityReason(kind, null).messageKey());
    }
  }

  private static Properties load(String path) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            FactoryMessagesTests.class.getClassLoader().getResourceAsStream(path),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
