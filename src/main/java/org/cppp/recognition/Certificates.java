package org.cppp.recognition;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cppp.platform.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays out a recognised nominee's certificate (templates/pdf/recognition-certificate.html): every
 * line in English and in Chinese, Simplified when asked for in {@code zh-CN}, else Traditional.
 */
@Component
class Certificates {

  static final Locale TRADITIONAL = Locale.forLanguageTag("zh-HK");
  static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-CN");
  private static final String[] WORDS = {
    "heading", "scheme", "certifies", "as", "category", "grade"
  };

  private final PdfRenderer pdf;
  private final MessageSource messages;
  private final Categories categories;
  private final Grades grades;

  Certificates(PdfRenderer pdf, MessageSource messages, Categories categories, Grades grades) {
    this.pdf = pdf;
    this.messages = messages;
    this.categories = categories;
    this.grades = grades;
  }

  byte[] render(int year, Nomination nomination, Locale locale) {
    Locale chinese = locale != null && "CN".equals(locale.getCountry()) ? SIMPLIFIED : TRADITIONAL;
    LocalizedName category = categories.findById(nomination.category()).orElseThrow().view().name();
    LocalizedName grade = grades.findById(nomination.grade()).orElseThrow().view().name();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("year", year);
    model.put("nameEn", nomination.nameEn());
    model.put("nameZh", nomination.nameZh());
    model.put("en", words(Locale.ENGLISH, year));
    model.put("zh", words(chinese, year));
    model.put("categoryEn", category.en());
    model.put("categoryZh", category.in(chinese));
    model.put("gradeEn", grade.en());
    model.put("gradeZh", grade.in(chinese));
    model.put("reference", "CPPP-R-" + year + "-" + nomination.id());
    return pdf.render("recognition-certificate", model, chinese);
  }

  private Map<String, String> words(Locale locale, int year) {
    Map<String, String> words = new LinkedHashMap<>();
    for (String word : WORDS) {
      words.put(
          word,
          messages.getMessage(
              "recognition.certificate." + word, new Object[] {String.valueOf(year)}, locale));
    }
    return words;
  }
}
