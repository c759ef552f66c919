package org.cppp.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cppp.factory.Sector;

/** Word pools for plausible bilingual company names, people and addresses. */
final class Names {

  private Names() {}

  /** An English word and its Chinese (Traditional) counterpart. */
  record Pair(String en, String zh) {}

  /** Hong Kong trade names (romanised Cantonese and English), with their Chinese. */
  static final List<Pair> TRADE_NAMES =
      pairs(
          "Wing Fat 永發",
          "Kwong Hing 廣興",
          "Tai Shing 泰成",
          "Man Lee 萬利",
          "Sun Hing 新興",
          "Po Fung 寶豐",
          "Kam Wah 金華",
          "Yick Shing 益成",
          "Hop Lee 合利",
          "Chun Kee 振記",
          "Lee Fung 利豐",
          "Tak Wing 德榮",
          "Wah Kwong 華光",
          "Yau Lee 友利",
          "Fook Hing 福興",
          "Shun Tat 順達",
          "Hang Fung 恒豐",
          "King Tai 景泰",
          "Cheung Kong 長江",
          "Golden Dragon 金龍",
          "Evergreen 長青",
          "Silver Star 銀星",
          "Oriental 東方",
          "Asia Pacific 亞太",
          "Great Bay 大灣",
          "Lucky Star 福星",
          "Victory 勝利",
          "Everbright 光大",
          "Harvest 豐收",
          "Sunrise 旭日",
          "Bright Way 明途",
          "Hing Shing 興盛",
          "Grand Ocean 宏洋",
          "Wai Kee 偉記",
          "Tung Fat 通發",
          "Kin Yip 建業",
          "Ming Fai 明輝",
          "Chi Hung 志雄",
          "Yuen Long 元朗",
          "Tin Hau 天后",
          "Kwai Hing 葵興",
          "Lok Fu 樂富",
          "Shing Mun 城門",
          "Pak Sha 白沙",
          "Sai Kung 西貢",
          "Hoi Tat 海達",
          "Kai Tak 啟德",
          "Wo Hing 和興",
          "Chung Hwa 中華",
          "Nam Fung 南豐",
          "Tai Ping 太平",
          "Wing On 永安",
          "Sincere 先施",
          "Yee Tai 怡泰",
          "Lung Cheong 龍昌",
          "Fu Wah 富華",
          "Ngai Shing 毅成",
          "Kwok Kee 國記",
          "Hung Fat 鴻發",
          "Shek Kip 石硤");

  /** What factories of a sector make (English, Chinese). */
  static final Map<Sector, List<Pair>> PRODUCTS =
      Map.of(
          Sector.METAL_AND_METAL_PRODUCTS,
          pairs(
              "Metal Products 金屬製品",
              "Electroplating 電鍍",
              "Hardware 五金",
              "Electronics 電子",
              "Electrical Appliances 電器",
              "Precision Engineering 精密工程",
              "Die-casting 壓鑄",
              "Metal Works 金屬",
              "Circuit Board 線路板",
              "Wire and Cable 電線電纜"),
          Sector.TEXTILES,
          pairs(
              "Textiles 紡織",
              "Knitting 針織",
              "Dyeing and Finishing 染整",
              "Garment 製衣",
              "Weaving 織造",
              "Yarn 紗線",
              "Denim 牛仔布"),
          Sector.CHEMICAL_PRODUCTS,
          pairs("Chemical 化工", "Paints 油漆", "Plastics 塑膠", "Coatings 塗料", "Inks 油墨", "Resins 樹脂"),
          Sector.PRINTING_AND_PUBLISHING,
          pairs("Printing 印刷", "Packaging Printing 包裝印刷", "Colour Printing 彩印", "Press 印務"),
          Sector.FURNITURE,
          pairs("Furniture 傢俬", "Woodwork 木器", "Office Furniture 辦公傢俬"),
          Sector.FOOD_AND_BEVERAGE,
          pairs("Food 食品", "Beverage 飲品", "Bakery 餅業", "Soy Sauce 醬油"),
          Sector.NON_METALLIC_MINERAL_PRODUCTS,
          pairs("Ceramics 陶瓷", "Glass 玻璃", "Building Materials 建材"),
          Sector.PAPER_AND_PAPER_PRODUCTS,
          pairs("Paper Products 紙品", "Carton 紙箱", "Paper Mill 紙業"),
          Sector.OTHER,
          pairs("Toys 玩具", "Watches 鐘錶", "Jewellery 珠寶"));

  /** Legal forms (English, Chinese). */
  static final List<Pair> FORMS =
      pairs("Ltd 有限公司", "Co Ltd 有限公司", "Company Limited 有限公司", "Factory Ltd 廠有限公司");

  /** Towns and districts of each city the demo uses. */
  static final Map<String, List<String>> TOWNS =
      Map.ofEntries(
          Map.entry(
              "DONGGUAN",
              List.of(
                  "Chang'an Town",
                  "Humen Town",
                  "Houjie Town",
                  "Tangxia Town",
                  "Qingxi Town",
                  "Fenggang Town",
                  "Dalang Town",
                  "Huangjiang Town")),
          Map.entry(
              "SHENZHEN",
              List.of(
                  "Bao'an District",
                  "Longgang District",
                  "Guanlan Subdistrict",
                  "Pingshan District",
                  "Shajing Subdistrict",
                  "Fuyong Subdistrict")),
          Map.entry("GUANGZHOU", List.of("Panyu District", "Huadu District", "Baiyun District")),
          Map.entry("FOSHAN", List.of("Nanhai District", "Shunde District", "Sanshui District")),
          Map.entry("HUIZHOU", List.of("Huiyang District", "Boluo County", "Huicheng District")),
          Map.entry("ZHONGSHAN", List.of("Xiaolan Town", "Huangpu Town", "Torch Development Zone")),
          Map.entry("JIANGMEN", List.of("Xinhui District", "Heshan", "Pengjiang District")),
          Map.entry("ZHUHAI", List.of("Xiangzhou District", "Doumen District", "Jinwan District")),
          Map.entry("ZHAOQING", List.of("Gaoyao District", "Sihui", "Duanzhou District")),
          Map.entry("SHANTOU", List.of("Chenghai District", "Longhu District")),
          Map.entry("QINGYUAN", List.of("Qingcheng District", "Fogang County")));

  static final List<String> STREETS =
      List.of(
          "Industrial Road",
          "Xingye Road",
          "Keji Road",
          "Huanzhen Road",
          "Chuangye Road",
          "Jinlong Road",
          "Gongye Avenue",
          "Fumin Road",
          "Yong'an Road",
          "Xinsha Road",
          "Shangye Street",
          "Heping Road",
          "Changsheng Road",
          "Baiyun Road");

  static final Map<String, String> AREA_CODES =
      Map.ofEntries(
          Map.entry("DONGGUAN", "769"),
          Map.entry("SHENZHEN", "755"),
          Map.entry("GUANGZHOU", "20"),
          Map.entry("FOSHAN", "757"),
          Map.entry("HUIZHOU", "752"),
          Map.entry("ZHONGSHAN", "760"),
          Map.entry("JIANGMEN", "750"),
          Map.entry("ZHUHAI", "756"),
          Map.entry("ZHAOQING", "758"),
          Map.entry("SHANTOU", "754"),
          Map.entry("QINGYUAN", "763"));

  static final List<String> SURNAMES =
      List.of(
          "Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Tang", "Yip", "Lam", "Chow",
          "Tsang", "Kwok", "Mak", "Fung", "Li", "Zhang", "Chen", "Liu");

  static final List<String> GIVEN =
      List.of(
          "Tai Man",
          "Siu Ming",
          "Ka Wai",
          "Wing Kei",
          "Chi Keung",
          "Mei Ling",
          "Kwok Wah",
          "Yuk Lan",
          "Hoi Yan",
          "Man Kit",
          "Wei",
          "Jun",
          "Xiaoming",
          "Fang",
          "Lei");

  static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  static String person(Random random) {
    return (random.nextBoolean() ? "Mr " : "Ms ")
        + pick(random, SURNAMES)
        + " "
        + pick(random, GIVEN);
  }

  /** A lower-case ASCII slug of a name, for e-mail addresses. */
  static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }

  private static List<Pair> pairs(String... words) {
    return java.util.Arrays.stream(words)
        .map(
            w -> {
              int split = w.lastIndexOf(' ');
              return new Pair(w.substring(0, split), w.substring(split + 1));
            })
        .toList();
  }
}
