package org.cppp.outreach;

import com.ibm.icu.text.Transliterator;

/**
 * Simplified Chinese for zh-CN pages where a record keeps only its Traditional (Hong Kong) text,
 * such as an activity's Chinese title. ICU's Traditional-Simplified transliterator maps character
 * by character; that direction loses nothing a reader would miss.
 */
final class Simplified {

  private static final ThreadLocal<Transliterator> HANT_TO_HANS =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private Simplified() {}

  static String of(String traditional) {
    return traditional == null || traditional.isBlank()
        ? traditional
        : HANT_TO_HANS.get().transliterate(traditional);
  }
}
