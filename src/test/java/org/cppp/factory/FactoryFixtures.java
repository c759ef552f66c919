package org.cppp.factory;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test factories with unique BR numbers and names (tests share one database). */
public final class FactoryFixtures {

  private FactoryFixtures() {}

  public static String newBr() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
  }

  /** A unique word, so names of different tests' factories never look alike. */
  public static String uniqueWord() {
    StringBuilder word = new StringBuilder();
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16)));
    }
    return word.toString();
  }

  public static FactoryDetails eligible(String br) {
    return details(br, "Factory " + uniqueWord() + " Ltd", "SHENZHEN", Sector.TEXTILES);
  }

  public static FactoryDetails details(String br, String nameEn, String city, Sector sector) {
    return new FactoryDetails(
        br,
        nameEn,
        null,
        true,
        city,
        sector,
        LocalDate.of(2010, 5, 1),
        "Unit " + uniqueWord() + ", " + ThreadLocalRandom.current().nextInt(1, 9999) + " Road",
        "Chan Tai Man",
        "+852 2345 6789",
        "contact@example.com",
        null);
  }
}
