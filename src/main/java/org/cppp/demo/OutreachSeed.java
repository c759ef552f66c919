package org.cppp.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed paper's outreach and recognition figures (paragraphs 9, 10 and 16) and the words the
 * demo's activities, guidebooks and stories are made of.
 */
final class OutreachSeed {

  private OutreachSeed() {}

  /** Awareness activities (not exhibitions, not site visits) held in a financial year. */
  record AwarenessYear(int startYear, int activities, int participants) {}

  /** 265 activities and 24,900 participants since launch; 54 and 4,100 in 2011/12. */
  static final List<AwarenessYear> AWARENESS =
      List.of(
          new AwarenessYear(2008, 60, 5_600),
          new AwarenessYear(2009, 73, 7_300),
          new AwarenessYear(2010, 78, 7_900),
          new AwarenessYear(2011, 54, 4_100));

  static final int EXHIBITIONS_2011 = 2;
  static final int EXHIBITION_VISITORS_2011 = 1_800;
  static final int SITE_VISITS_2011 = 24;
  static final int RECOGNITION_CYCLE = 2011;
  static final Map<String, Integer> RECOGNISED_2011 = new LinkedHashMap<>();

  static {
    RECOGNISED_2011.put("MANUFACTURING_ENTERPRISE", 113);
    RECOGNISED_2011.put("ET_SERVICE_PROVIDER", 20);
    RECOGNISED_2011.put("SOURCING_ENTERPRISE", 6);
  }

  static final String[][] TOPICS = {
    {"Cleaner production for electroplating", "電鍍業清潔生產"},
    {"Energy saving in dyeing and finishing", "印染業節能"},
    {"VOC control in printing", "印刷業揮發性有機化合物控制"},
    {"Waste heat recovery", "餘熱回收"},
    {"Servo motors for injection moulding", "注塑機伺服馬達"},
    {"Wastewater reuse in textile mills", "紡織廠廢水回用"},
    {"How to apply for the Programme", "如何申請計劃資助"},
    {"Boiler efficiency", "鍋爐效率"},
    {"Paint spraying process improvement", "噴塗工序改善"},
    {"Energy management systems", "能源管理系統"}
  };

  /** The four guidebooks published in 2011/12: title en, zh-HK, zh-CN, kind, topic. */
  static final String[][] GUIDEBOOKS_PUBLISHED_2011 = {
    {"CP guidebook for the printing industry", "印刷業清潔生產指南", "印刷业清洁生产指南", "INDUSTRY", "Printing"},
    {
      "CP guidebook for the paint spraying process",
      "噴塗工序清潔生產指南",
      "喷涂工序清洁生产指南",
      "TOPIC",
      "Paint spraying"
    },
    {
      "CP guidebook for industrial boiler systems",
      "工業鍋爐系統清潔生產指南",
      "工业锅炉系统清洁生产指南",
      "TOPIC",
      "Industrial boilers"
    },
    {
      "Generic energy saving measures for industries",
      "工業通用節能措施指南",
      "工业通用节能措施指南",
      "TOPIC",
      "Energy saving"
    }
  };

  /** The six guidebooks in preparation at 31 March 2012. */
  static final String[][] GUIDEBOOKS_IN_PREPARATION = {
    {
      "CP guidebook on wastewater treatment and reuse",
      "廢水處理及回用清潔生產指南",
      "废水处理及回用清洁生产指南",
      "TOPIC",
      "Wastewater"
    },
    {"CP guidebook for the textile industry", "紡織業清潔生產指南", "纺织业清洁生产指南", "INDUSTRY", "Textiles"},
    {
      "CP guidebook for metal and metal products",
      "金屬及金屬製品業清潔生產指南",
      "金属及金属制品业清洁生产指南",
      "INDUSTRY",
      "Metal products"
    },
    {
      "CP guidebook for food and beverage",
      "食品及飲品業清潔生產指南",
      "食品及饮品业清洁生产指南",
      "INDUSTRY",
      "Food and beverage"
    },
    {
      "CP guidebook for plastic products",
      "塑膠製品業清潔生產指南",
      "塑胶制品业清洁生产指南",
      "INDUSTRY",
      "Plastic products"
    },
    {
      "CP guidebook for furniture manufacturing",
      "傢俬製造業清潔生產指南",
      "家具制造业清洁生产指南",
      "INDUSTRY",
      "Furniture"
    }
  };

  /** Success stories: title en, zh-HK, zh-CN, text en, zh-HK, zh-CN, results. */
  static final String[][] STORIES = {
    {
      "Waste heat from air compressors warms the plating line",
      "空壓機餘熱為電鍍線加溫",
      "空压机余热为电镀线加温",
      "A Dongguan electroplating factory recovered heat from its air compressors to warm its plating baths instead of burning diesel.",
      "東莞一家電鍍廠回收空壓機餘熱為電鍍槽加溫，取代燃燒柴油。",
      "东莞一家电镀厂回收空压机余热为电镀槽加温，取代燃烧柴油。",
      "Diesel use down 38%; payback in 14 months."
    },
    {
      "Solvent recovery in a printing works",
      "印刷廠溶劑回收",
      "印刷厂溶剂回收",
      "A Shenzhen printer enclosed its cleaning stations and recovers the solvent by condensation.",
      "深圳一家印刷廠把清洗工位密封，並以冷凝回收溶劑。",
      "深圳一家印刷厂把清洗工位密封，并以冷凝回收溶剂。",
      "VOC emissions down 60%; solvent purchases down 45%."
    },
    {
      "Reverse osmosis recycles dyeing effluent",
      "反滲透技術回用印染廢水",
      "反渗透技术回用印染废水",
      "A Foshan dyeing mill treats its effluent with ultrafiltration and reverse osmosis and reuses the permeate.",
      "佛山一家印染廠以超濾及反滲透處理廢水，並回用產水。",
      "佛山一家印染厂以超滤及反渗透处理废水，并回用产水。",
      "Fresh water intake down 30%; effluent discharge down 35%."
    }
  };

  /** Upcoming public events: type, title en, title zh, description, city, venue. */
  static final String[][] UPCOMING = {
    {
      "SEMINAR",
      "Cleaner production funding: how to apply",
      "清潔生產資助：如何申請",
      "What the Programme funds and how to apply.",
      "HONG_KONG",
      "HKPC Building, Kowloon Tong"
    },
    {
      "WORKSHOP",
      "Energy audits for small factories",
      "小型工廠能源審核工作坊",
      "A practical workshop with registered ET service providers.",
      "DONGGUAN",
      "Dongguan Hong Kong Enterprises Association"
    },
    {
      "BRIEFING",
      "VOC control for printers and coaters",
      "印刷及塗裝業揮發性有機化合物控制簡介會",
      "Regulations, technologies and funding.",
      "SHENZHEN",
      "Shenzhen Convention Centre"
    }
  };

  /** A recognised partner's demo name, e.g. "Pearl Delta Partner Manufacturing 012". */
  static String partnerName(String category, int i) {
    String kind =
        switch (category) {
          case "MANUFACTURING_ENTERPRISE" -> "Manufacturing";
          case "ET_SERVICE_PROVIDER" -> "Environmental Technology";
          default -> "Sourcing";
        };
    return String.format("Pearl Delta %s Partner %03d Ltd", kind, i);
  }
}
