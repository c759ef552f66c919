package org.cppp.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;

/**
 * The demo's factory register: two named factories for the demo applicants and about 1,100 others,
 * HK-owned and eligible but for a few (not HK-owned, outside the PRD cities, sector OTHER), with
 * eligible sectors in the proportions of {@link SeedFigures#SECTOR_WEIGHTS}.
 */
final class DemoFactories {

  static final String APPLICANT_BR = "30000001";
  static final String APPLICANT2_BR = "30000002";

  private static final long SEED = 20120331L;
  private static final int NOT_HK_OWNED = 14;
  private static final int OUTSIDE_PRD = 12;
  private static final int SECTOR_OTHER = 20;

  /** The nine PRD cities and their share of the factories (per cent). */
  private static final Map<String, Integer> CITY_WEIGHTS =
      Map.of(
          "DONGGUAN",
          25,
          "SHENZHEN",
          22,
          "GUANGZHOU",
          10,
          "FOSHAN",
          10,
          "HUIZHOU",
          8,
          "ZHONGSHAN",
          8,
          "JIANGMEN",
          6,
          "ZHUHAI",
          6,
          "ZHAOQING",
          5);

  private static final List<String> PRD_CITIES = CITY_WEIGHTS.keySet().stream().sorted().toList();

  private final Random random = new Random(SEED);
  private final Set<String> usedNames = new HashSet<>();

  /** House numbers are not repeated within a city, so addresses do not look like duplicates. */
  private final Set<String> usedNumbers = new HashSet<>();

  /** Every demo factory, the two named ones first. */
  static List<FactoryDetails> generate() {
    return new DemoFactories().all();
  }

  /** Eligible under the launch rules: HK-owned, in a PRD city, in a target sector. */
  static boolean eligible(FactoryDetails f) {
    return f.hkOwned() && PRD_CITIES.contains(f.city()) && f.sector() != Sector.OTHER;
  }

  private List<FactoryDetails> all() {
    List<FactoryDetails> factories = new ArrayList<>();
    factories.add(
        named(
            APPLICANT_BR,
            "Pearl River Metal Works Ltd",
            "珠江金屬製品有限公司",
            "DONGGUAN",
            Sector.METAL_AND_METAL_PRODUCTS,
            "2008-05-06",
            "+86 769 8555 0101",
            "No. 18, Xingye Road, Chang'an Town, Dongguan, Guangdong"));
    factories.add(
        named(
            APPLICANT2_BR,
            "Silver Thread Textiles Ltd",
            "銀線紡織有限公司",
            "SHENZHEN",
            Sector.TEXTILES,
            "2008-09-10",
            "+86 755 2777 0202",
            "No. 66, Chuangye Road, Bao'an District, Shenzhen, Guangdong"));
    usedNumbers.addAll(List.of("DONGGUAN/18", "SHENZHEN/66"));
    List<Kind> kinds = kinds(SeedFigures.FACTORIES - factories.size());
    for (int i = 0; i < kinds.size(); i++) {
      String br = String.format("%08d", 31_000_000 + i * 53 + random.nextInt(50));
      factories.add(generic(br, kinds.get(i)));
    }
    return factories;
  }

  /** What each generic factory is: sector, city, HK-owned; the eligible in the set proportions. */
  private List<Kind> kinds(int count) {
    int eligible = count - NOT_HK_OWNED - OUTSIDE_PRD - SECTOR_OTHER;
    List<Kind> kinds = new ArrayList<>();
    int assigned = 0;
    for (var weight : SeedFigures.SECTOR_WEIGHTS.entrySet()) {
      int n = eligible * weight.getValue() / 100;
      for (int i = 0; i < n; i++) {
        kinds.add(new Kind(weight.getKey(), prdCity(), true));
      }
      assigned += n;
    }
    for (int i = assigned; i < eligible; i++) {
      kinds.add(new Kind(Sector.METAL_AND_METAL_PRODUCTS, prdCity(), true));
    }
    for (int i = 0; i < NOT_HK_OWNED; i++) {
      kinds.add(new Kind(targetSector(), prdCity(), false));
    }
    for (int i = 0; i < OUTSIDE_PRD; i++) {
      kinds.add(new Kind(targetSector(), i % 2 == 0 ? "SHANTOU" : "QINGYUAN", true));
    }
    for (int i = 0; i < SECTOR_OTHER; i++) {
      kinds.add(new Kind(Sector.OTHER, prdCity(), true));
    }
    Collections.shuffle(kinds, random);
    return kinds;
  }

  private FactoryDetails generic(String br, Kind kind) {
    Names.Pair trade;
    Names.Pair product;
    do {
      trade = Names.pick(random, Names.TRADE_NAMES);
      product = Names.pick(random, Names.PRODUCTS.get(kind.sector()));
    } while (!usedNames.add(kind.city() + "/" + trade.en() + "/" + product.en()));
    Names.Pair form = Names.pick(random, Names.FORMS);
    String nameEn = trade.en() + " " + product.en() + " " + form.en();
    String nameZh = trade.zh() + product.zh() + form.zh();
    String cityName = kind.city().charAt(0) + kind.city().substring(1).toLowerCase(Locale.ROOT);
    int number;
    do {
      number = 1 + random.nextInt(999);
    } while (!usedNumbers.add(kind.city() + "/" + number));
    String address =
        String.format(
            "No. %d, %s, %s, %s, Guangdong",
            number,
            Names.pick(random, Names.STREETS),
            Names.pick(random, Names.TOWNS.get(kind.city())),
            cityName);
    String phone =
        String.format(
            "+86 %s %04d %04d",
            Names.AREA_CODES.get(kind.city()), 2000 + random.nextInt(8000), random.nextInt(10000));
    String email = "info@" + Names.slug(trade.en() + product.en()) + ".com.hk";
    return new FactoryDetails(
        br,
        nameEn,
        nameZh,
        kind.hkOwned(),
        kind.city(),
        kind.sector(),
        registeredOn(),
        address,
        Names.person(random),
        phone,
        email,
        null);
  }

  /** Most factories joined early: 40% in 2008 (from April), then fewer each year to 2012. */
  private LocalDate registeredOn() {
    int roll = random.nextInt(100);
    LocalDate from;
    LocalDate to;
    if (roll < 40) {
      from = SeedFigures.LAUNCH;
      to = LocalDate.of(2008, 12, 31);
    } else {
      int year = roll < 65 ? 2009 : roll < 83 ? 2010 : roll < 95 ? 2011 : 2012;
      from = LocalDate.of(year, 1, 1);
      to = LocalDate.of(year, 12, 31);
    }
    return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
  }

  private String prdCity() {
    int roll = random.nextInt(100);
    for (String city : PRD_CITIES) {
      roll -= CITY_WEIGHTS.get(city);
      if (roll < 0) {
        return city;
      }
    }
    return "DONGGUAN";
  }

  private Sector targetSector() {
    List<Sector> sectors = List.copyOf(SeedFigures.SECTOR_WEIGHTS.keySet());
    return Names.pick(random, sectors);
  }

  private static FactoryDetails named(
      String br,
      String nameEn,
      String nameZh,
      String city,
      Sector sector,
      String registeredOn,
      String phone,
      String address) {
    return new FactoryDetails(
        br,
        nameEn,
        nameZh,
        true,
        city,
        sector,
        LocalDate.parse(registeredOn),
        address,
        "Mr Chan Tai Man",
        phone,
        "info@" + Names.slug(nameEn) + ".com.hk",
        null);
  }

  private record Kind(Sector sector, String city, boolean hkOwned) {}
}
