package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One rule picks a document's language, for the report and the verification PDFs alike. */
class DocumentLanguageTests {

  private static final Locale HK = Locale.forLanguageTag("zh-HK");
  private static final Locale CN = Locale.forLanguageTag("zh-CN");

  @Test
  void aTagNamesOneOfTheThreeLanguagesOrEnglish() {
    assertThat(DocumentLanguage.of("zh-HK", Locale.ENGLISH)).isEqualTo(HK);
    assertThat(DocumentLanguage.of("zh_TW", Locale.ENGLISH)).isEqualTo(HK);
    assertThat(DocumentLanguage.of("zh-Hans", Locale.ENGLISH)).isEqualTo(CN);
    assertThat(DocumentLanguage.of("zh-CN", HK)).isEqualTo(CN);
    assertThat(DocumentLanguage.of("fr", HK)).isEqualTo(Locale.ENGLISH);
    assertThat(DocumentLanguage.of("x".repeat(50), HK)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void withoutATagTheDocumentIsInThePagesLanguage() {
    assertThat(DocumentLanguage.of(null, CN)).isEqualTo(CN);
    assertThat(DocumentLanguage.of(" ", Locale.forLanguageTag("zh-SG"))).isEqualTo(CN);
    assertThat(DocumentLanguage.of(null, Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
  }
}
