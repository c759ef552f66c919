package org.cppp.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cppp.factory.BusinessDetails;
import org.cppp.factory.Businesses;
import org.cppp.factory.CityView;
import org.cppp.factory.EligibilityRules;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.FactoryEligibilityRules;
import org.cppp.factory.LinkKind;
import org.cppp.factory.LinkRequest;
import org.cppp.factory.Sector;
import org.cppp.funding.FundingRules;
import org.cppp.funding.NewPhase;
import org.cppp.funding.NewScheme;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.ApplicantKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The programme after the seed paper, as data through the facades (no code and no SQL of theirs):
 * the 2013-2015 phase (higher ceilings; all of Guangdong and Hong Kong eligible from April 2013)
 * and the phase as run since 2015 (demonstration projects (i) and (ii), the Organisation Support
 * Initiative, verification no longer a scheme), and the applicants of this year's applications
 * under it: a Hong Kong workshop, a trade association and a Hong Kong business with a WFOE in
 * Meizhou. Every date is after the 2011/12 report's year, so no figure of it changes.
 */
@Component
class LaterPhases {

  static final LocalDate WIDENED = LocalDate.of(2013, 4, 1);
  static final LocalDate CURRENT = LocalDate.of(2015, 4, 1);

  static final Scheme DP_I = Scheme.valueOf("DEMONSTRATION_PROJECT_I");
  static final Scheme DP_II = Scheme.valueOf("DEMONSTRATION_PROJECT_II");
  static final Scheme ORGANISATION_SUPPORT = Scheme.valueOf("ORGANISATION_SUPPORT");

  /** A Hong Kong electroplating workshop (its own factory, in Kwun Tong). */
  static final String WORKSHOP_BR = "38000001";

  /** A non-profit trade association, recorded in the register under its own BR number. */
  static final String ASSOCIATION_BR = "38000002";

  /** A Hong Kong business and the Meizhou factory it owns as a WFOE. */
  static final String HOLDING_BR = "38000003";

  static final String MEIZHOU_FACTORY_BR = "38000004";

  private static final List<String> TECHNOLOGIES =
      List.of("ENERGY_SAVING", "VOC_REDUCTION", "AIR_POLLUTANT_REDUCTION", "EFFLUENT_REDUCTION");

  private final FundingRules funding;
  private final FactoryEligibilityRules eligibility;
  private final Factories factories;
  private final Businesses businesses;
  private final TransactionTemplate transactions;

  LaterPhases(
      FundingRules funding,
      FactoryEligibilityRules eligibility,
      Factories factories,
      Businesses businesses,
      TransactionTemplate transactions) {
    this.funding = funding;
    this.eligibility = eligibility;
    this.factories = factories;
    this.businesses = businesses;
    this.transactions = transactions;
  }

  /** Defines the later schemes and phases and registers their applicants, in one transaction. */
  void seed() {
    SystemActor.run(
        () ->
            transactions.executeWithoutResult(
                status -> {
                  schemes();
                  phases();
                  applicants();
                }));
  }

  private void schemes() {
    funding.defineScheme(
        new NewScheme(
            DP_II.code(),
            "DEMONSTRATION",
            Map.of(
                "en", "Demonstration project (ii): research and innovation",
                "zh-HK", "示範項目(二)：研發及創新",
                "zh-CN", "示范项目(二)：研发及创新"),
            List.of(ApplicantKind.HK_BUSINESS.name(), ApplicantKind.HK_WORKSHOP.name()),
            true,
            List.of("QUOTATION"),
            TECHNOLOGIES));
    funding.defineScheme(
        new NewScheme(
            ORGANISATION_SUPPORT.code(),
            "ORGANISATION_SUPPORT",
            Map.of(
                "en", "Organisation Support Initiative",
                "zh-HK", "機構支援計劃",
                "zh-CN", "机构支援计划"),
            List.of(ApplicantKind.TRADE_ASSOCIATION.name()),
            true,
            List.of("QUOTATION"),
            List.of()));
  }

  private void phases() {
    funding.addPhase(
        new NewPhase(
            "2013-2015 phase",
            WIDENED,
            null,
            List.of(
                terms(Scheme.ON_SITE_ASSESSMENT, "0.50", "25000.00", 3),
                terms(Scheme.DEMONSTRATION_PROJECT, "0.50", "300000.00", 12),
                terms(Scheme.VERIFICATION, "1.00", "20000.00", 3)),
            "2013-2015年階段",
            "2013-2015年阶段"));
    funding.addPhase(
        new NewPhase(
            "2015 phase",
            CURRENT,
            null,
            List.of(
                terms(Scheme.ON_SITE_ASSESSMENT, "0.50", "45000.00", 3),
                terms(DP_I, "0.50", "450000.00", 12),
                terms(DP_II, "0.50", "650000.00", 12),
                terms(ORGANISATION_SUPPORT, "0.90", null, 12)),
            "2015年階段",
            "2015年阶段"));
    // From April 2013 a factory anywhere in Guangdong or in Hong Kong may join, in the same
    // sectors.
    EligibilityRules launch = eligibility.inForce(WIDENED.minusDays(1)).orElseThrow();
    eligibility.add(
        new EligibilityRules(
            "2013: all of Guangdong and Hong Kong",
            WIDENED,
            factories.cities().stream().map(CityView::code).collect(Collectors.toSet()),
            launch.sectors()));
  }

  private static NewPhase.Terms terms(Scheme scheme, String share, String ceiling, int months) {
    return new NewPhase.Terms(
        scheme, new BigDecimal(share), ceiling == null ? null : new BigDecimal(ceiling), months);
  }

  /**
   * The workshop and the association are registered first, each then with a register entry under
   * its own BR number, Hong Kong-owned, which links it to itself ({@code Factories.register}); the
   * Meizhou factory is linked to its Hong Kong holding company as a WFOE, with evidence to check.
   */
  private void applicants() {
    businesses.register(
        new BusinessDetails(
            WORKSHOP_BR,
            "Kwun Tong Bright Plating Workshop",
            "觀塘光亮電鍍工場",
            ApplicantKind.HK_WORKSHOP,
            false,
            "Electroplating: nickel and chrome baths, rinse water",
            LocalDate.of(2009, 3, 2)));
    register(
        WORKSHOP_BR,
        "Kwun Tong Bright Plating Workshop",
        "觀塘光亮電鍍工場",
        true,
        "HONG_KONG",
        Sector.METAL_AND_METAL_PRODUCTS,
        "Unit 5, 12/F, Kwun Tong Industrial Centre, Kwun Tong, Kowloon");

    businesses.register(
        new BusinessDetails(
            ASSOCIATION_BR,
            "Hong Kong Printing Trades Association",
            "香港印刷業商會",
            ApplicantKind.TRADE_ASSOCIATION,
            true,
            null,
            LocalDate.of(1998, 6, 1)));
    register(
        ASSOCIATION_BR,
        "Hong Kong Printing Trades Association",
        "香港印刷業商會",
        true,
        "HONG_KONG",
        Sector.PRINTING_AND_PUBLISHING,
        "8/F, Printing House, 6 Duddell Street, Central, Hong Kong");

    businesses.register(
        new BusinessDetails(
            HOLDING_BR,
            "Pearl Delta Ceramics Holdings Ltd",
            "珠三角陶瓷控股有限公司",
            ApplicantKind.HK_BUSINESS,
            false,
            null,
            LocalDate.of(2006, 9, 18)));
    register(
        MEIZHOU_FACTORY_BR,
        "Meizhou Delta Ceramics Co Ltd",
        "梅州珠三角陶瓷有限公司",
        false,
        "MEIZHOU",
        Sector.CHEMICAL_PRODUCTS,
        "Dongsheng Industrial Park, Meijiang District, Meizhou, Guangdong");
    businesses.link(
        HOLDING_BR,
        MEIZHOU_FACTORY_BR,
        new LinkRequest(
            LinkKind.WFOE,
            LocalDate.of(2014, 2, 10),
            List.of("WFOE business licence 2014", "Shareholder register of the holding company")));
  }

  private void register(
      String br,
      String nameEn,
      String nameZh,
      boolean hkOwned,
      String city,
      Sector sector,
      String address) {
    factories.register(
        new FactoryDetails(
            br,
            nameEn,
            nameZh,
            hkOwned,
            city,
            sector,
            LocalDate.of(2016, 5, 3),
            address,
            "Demo contact",
            "+852 2000 0000",
            null,
            null));
  }
}
