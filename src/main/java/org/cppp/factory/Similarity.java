package org.cppp.factory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Tells whether two factories of one city may be the same: names alike once case, punctuation and
 * legal-form words (Ltd, Limited, Co, Company, 有限公司...) are set aside, or addresses alike with the
 * same house numbers.
 */
final class Similarity {

  static final double NAME_THRESHOLD = 0.85;
  static final double ADDRESS_THRESHOLD = 0.85;

  private static final Set<String> LEGAL_WORDS =
      Set.of(
          "ltd",
          "limited",
          "co",
          "company",
          "corp",
          "corporation",
          "inc",
          "incorporated",
          "the",
          "llc",
          "plc");
  private static final List<String> CHINESE_LEGAL_WORDS =
      List.of("有限責任公司", "有限责任公司", "股份有限公司", "有限公司", "股份", "公司");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private Similarity() {}

  /** A factory as compared. */
  record Candidate(String brNumber, String nameEn, String nameZh, String address) {}

  /** Why two factories look alike and how much, in percent. */
  record Match(String basis, int score) {}

  static Optional<Match> compare(Candidate a, Candidate b) {
    double names =
        Math.max(nameSimilarity(a.nameEn(), b.nameEn()), nameSimilarity(a.nameZh(), b.nameZh()));
    if (names >= NAME_THRESHOLD) {
      return Optional.of(new Match("NAME", percent(names)));
    }
    double address = addressSimilarity(a.address(), b.address());
    if (address >= ADDRESS_THRESHOLD) {
      return Optional.of(new Match("ADDRESS", percent(address)));
    }
    return Optional.empty();
  }

  static double nameSimilarity(String a, String b) {
    String x = normaliseName(a);
    String y = normaliseName(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    if (shorter.length() >= 4
        && longer.contains(shorter)
        && shorter.length() >= 0.6 * longer.length()) {
      return NAME_THRESHOLD;
    }
    return longer.length() < 5 ? 0 : ratio(x, y);
  }

  static double addressSimilarity(String a, String b) {
    String x = squash(a);
    String y = squash(b);
    if (x.length() < 8 || y.length() < 8 || !digitsOf(x).equals(digitsOf(y))) {
      return 0;
    }
    return ratio(x, y);
  }

  static String normaliseName(String name) {
    if (name == null) {
      return "";
    }
    String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    for (String word : CHINESE_LEGAL_WORDS) {
      text = text.replace(word, " ");
    }
    StringBuilder kept = new StringBuilder();
    for (String word : NOT_WORD.split(text)) {
      if (!word.isEmpty() && !LEGAL_WORDS.contains(word)) {
        kept.append(word);
      }
    }
    return kept.toString();
  }

  private static String squash(String address) {
    if (address == null) {
      return "";
    }
    String text = Normalizer.normalize(address, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(text).replaceAll("");
  }

  private static List<String> digitsOf(String text) {
    List<String> runs = new ArrayList<>();
    Matcher matcher = DIGITS.matcher(text);
    while (matcher.find()) {
      runs.add(matcher.group());
    }
    return runs;
  }

  private static double ratio(String x, String y) {
    int longest = Math.max(x.length(), y.length());
    return 1.0 - (double) LEVENSHTEIN.apply(x, y) / longest;
  }

  private static int percent(double similarity) {
    return (int) Math.round(similarity * 100);
  }
}
