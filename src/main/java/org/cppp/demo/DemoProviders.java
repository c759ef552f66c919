package org.cppp.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderDetails;
import org.cppp.provider.Specialism;

/**
 * The demo's ET service providers, so that the register's 2011/12 figures are the paper's: 158 on
 * the list at 31 March 2012 (96 HK, 56 PRD, 6 other), 17 joined in the year, and 14 Guangdong-based
 * providers (joined earlier, GDEIC registration lapsed in 2010) removed in the year.
 */
final class DemoProviders {

  static final String DEMO_PROVIDER = "ET-HK-001";
  static final LocalDate GDEIC_VALID_UNTIL = LocalDate.of(2027, 12, 31);

  private static final long SEED = 20120714L;
  private static final List<LocalDate> REMOVALS =
      List.of(LocalDate.of(2011, 5, 16), LocalDate.of(2011, 11, 15));

  /** A provider to register, and the date it is removed (or {@code null}). */
  record DemoProvider(ProviderDetails details, LocalDate removedOn) {

    String code() {
      return details.code();
    }

    /** On the list, and (if Guangdong-based) with a current GDEIC registration, on {@code date}. */
    boolean engageableOn(LocalDate date) {
      return !details.joinedOn().isAfter(date)
          && (removedOn == null || date.isBefore(removedOn))
          && (details.base() != ProviderBase.PRD || !details.gdeicValidUntil().isBefore(date));
    }
  }

  private record Kind(String en, String zh, Set<Specialism> specialisms) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("Environmental Technology Ltd", "環保科技有限公司", EnumSet.noneOf(Specialism.class)),
          new Kind("Energy Engineering Ltd", "能源工程有限公司", EnumSet.of(Specialism.ENERGY_SAVING)),
          new Kind("Environmental Consultants Ltd", "環境顧問有限公司", EnumSet.noneOf(Specialism.class)),
          new Kind(
              "Green Technology Ltd",
              "綠色科技有限公司",
              EnumSet.of(Specialism.ENERGY_SAVING, Specialism.VOC_REDUCTION)),
          new Kind(
              "Water Treatment Engineering Ltd",
              "水處理工程有限公司",
              EnumSet.of(Specialism.EFFLUENT_REDUCTION)),
          new Kind("Energy Services Ltd", "能源服務有限公司", EnumSet.of(Specialism.ENERGY_SAVING)),
          new Kind(
              "Air Purification Engineering Ltd",
              "空氣淨化工程有限公司",
              EnumSet.of(Specialism.VOC_REDUCTION, Specialism.AIR_POLLUTANT_REDUCTION)),
          new Kind(
              "Clean Tech Ltd",
              "潔淨科技有限公司",
              EnumSet.of(Specialism.AIR_POLLUTANT_REDUCTION, Specialism.ENERGY_SAVING)));

  private static final List<Names.Pair> PRD_CITIES =
      List.of(
          new Names.Pair("Dongguan", "東莞"),
          new Names.Pair("Shenzhen", "深圳"),
          new Names.Pair("Guangzhou", "廣州"),
          new Names.Pair("Foshan", "佛山"),
          new Names.Pair("Huizhou", "惠州"),
          new Names.Pair("Zhongshan", "中山"));

  private static final List<String[]> OTHER =
      List.of(
          new String[] {"Formosa CleanTech Co Ltd", "福爾摩沙潔淨科技有限公司", "+886 2 2712 3456", "tw"},
          new String[] {"Lion City Energy Pte Ltd", "獅城能源私人有限公司", "+65 6221 4567", "sg"},
          new String[] {"Kansai Eco Engineering KK", "關西環保工程株式會社", "+81 6 6345 6789", "jp"},
          new String[] {"Rhein Umwelttechnik GmbH", "萊茵環境技術有限公司", "+49 221 987 6543", "de"},
          new String[] {"Macau Green Energy Ltd", "澳門綠色能源有限公司", "+853 2871 2345", "mo"},
          new String[] {"Pacific Water Solutions Inc", "太平洋水務方案公司", "+1 415 555 0188", "us"});

  private final Random random = new Random(SEED);
  private final Set<String> usedNames = new HashSet<>();
  private final List<DemoProvider> providers = new ArrayList<>();
  private int hk;
  private int prd;
  private int other;

  static List<DemoProvider> generate() {
    return new DemoProviders().all();
  }

  private List<DemoProvider> all() {
    providers.add(
        new DemoProvider(
            new ProviderDetails(
                DEMO_PROVIDER,
                "Greenfield Environmental Technology Ltd",
                "綠田環保科技有限公司",
                ProviderBase.HONG_KONG,
                Set.of(Specialism.ENERGY_SAVING, Specialism.VOC_REDUCTION),
                "Ms Wong Mei Ling",
                "+852 2788 1234",
                "info@greenfield-et.com.hk",
                SeedFigures.LAUNCH,
                null,
                null),
            null));
    hk = 1;
    int hkBefore = SeedFigures.PROVIDERS_HONG_KONG - SeedFigures.JOINED_HONG_KONG;
    int prdBefore = SeedFigures.PROVIDERS_PRD - SeedFigures.JOINED_PRD;
    int otherBefore = SeedFigures.PROVIDERS_OTHER - SeedFigures.JOINED_OTHER;
    while (hk < hkBefore) {
      add(ProviderBase.HONG_KONG, joinedBefore(), null);
    }
    for (int i = 0; i < SeedFigures.PROVIDERS_REMOVED; i++) {
      LocalDate joined = SeedFigures.LAUNCH.plusDays(random.nextInt(450));
      add(ProviderBase.PRD, joined, REMOVALS.get(i < 8 ? 0 : 1));
    }
    while (prd < prdBefore + SeedFigures.PROVIDERS_REMOVED) {
      add(ProviderBase.PRD, joinedBefore(), null);
    }
    while (other < otherBefore) {
      add(ProviderBase.OTHER, joinedBefore(), null);
    }
    for (int i = 0; i < SeedFigures.PROVIDERS_JOINED; i++) {
      ProviderBase base =
          i < SeedFigures.JOINED_HONG_KONG
              ? ProviderBase.HONG_KONG
              : i < SeedFigures.JOINED_HONG_KONG + SeedFigures.JOINED_PRD
                  ? ProviderBase.PRD
                  : ProviderBase.OTHER;
      add(base, SeedFigures.REPORT_YEAR.start().plusDays(random.nextInt(366)), null);
    }
    return providers;
  }

  /** Before 2011/12; nearly half in the launch months, the rest spread over three years. */
  private LocalDate joinedBefore() {
    int days = random.nextInt(100) < 45 ? random.nextInt(183) : random.nextInt(1095);
    return SeedFigures.LAUNCH.plusDays(days);
  }

  private void add(ProviderBase base, LocalDate joined, LocalDate removedOn) {
    String code;
    Names.Pair name;
    String phone;
    String gdeicNo = null;
    LocalDate gdeicUntil = null;
    Set<Specialism> specialisms;
    switch (base) {
      case HONG_KONG -> {
        code = String.format("ET-HK-%03d", ++hk);
        Kind kind = Names.pick(random, KINDS);
        name = uniqueName("", kind);
        specialisms = specialisms(kind);
        phone =
            String.format(
                "+852 %d%03d %04d",
                2 + random.nextInt(2), random.nextInt(1000), random.nextInt(10000));
      }
      case PRD -> {
        code = String.format("ET-PRD-%03d", ++prd);
        Kind kind = Names.pick(random, KINDS);
        Names.Pair city = Names.pick(random, PRD_CITIES);
        name = uniqueName(city.en() + " ", kind);
        name = new Names.Pair(name.en(), city.zh() + name.zh());
        specialisms = specialisms(kind);
        phone =
            String.format("+86 769 %04d %04d", 2000 + random.nextInt(8000), random.nextInt(10000));
        gdeicNo = String.format("GDCP-%d-%04d", joined.getYear(), 100 + random.nextInt(9000));
        gdeicUntil =
            removedOn == null
                ? GDEIC_VALID_UNTIL
                : LocalDate.of(2010, 3, 31).plusDays(random.nextInt(270));
      }
      default -> {
        String[] entry = OTHER.get(other++);
        code = String.format("ET-OT-%03d", other);
        name = new Names.Pair(entry[0], entry[1]);
        phone = entry[2];
        specialisms = specialisms(Names.pick(random, KINDS));
      }
    }
    String email = "info@" + Names.slug(name.en()).replace("ltd", "") + ".com";
    providers.add(
        new DemoProvider(
            new ProviderDetails(
                code,
                name.en(),
                name.zh(),
                base,
                specialisms,
                Names.person(random),
                phone,
                email,
                joined,
                gdeicNo,
                gdeicUntil),
            removedOn));
  }

  private Names.Pair uniqueName(String prefix, Kind kind) {
    Names.Pair trade;
    do {
      trade = Names.pick(random, Names.TRADE_NAMES);
    } while (!usedNames.add(prefix + trade.en() + kind.en()));
    return new Names.Pair(prefix + trade.en() + " " + kind.en(), trade.zh() + kind.zh());
  }

  private Set<Specialism> specialisms(Kind kind) {
    if (!kind.specialisms().isEmpty()) {
      return kind.specialisms();
    }
    Set<Specialism> some = EnumSet.noneOf(Specialism.class);
    List<Specialism> all = List.of(Specialism.values());
    while (some.size() < 2) {
      some.add(Names.pick(random, all));
    }
    return some;
  }
}
