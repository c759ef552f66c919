package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cppp.factory.IneligibilityReason.Kind;
import org.junit.jupiter.api.Test;

class EligibilityRulesTests {

  static final Set<String> PRD =
      Set.of(
          "SHENZHEN",
          "DONGGUAN",
          "GUANGZHOU",
          "FOSHAN",
          "HUIZHOU",
          "ZHONGSHAN",
          "JIANGMEN",
          "ZHUHAI",
          "ZHAOQING");
  static final EligibilityRules LAUNCH =
      new EligibilityRules(
          "Launch", LocalDate.of(2008, 4, 1), PRD, EnumSet.complementOf(EnumSet.of(Sector.OTHER)));

  @Test
  void hongKongOwnedFactoryInTheRegionAndATargetSectorIsEligible() {
    Eligibility result = LAUNCH.evaluate(true, "SHENZHEN", Sector.TEXTILES);

    assertThat(result.eligible()).isTrue();
    assertThat(result.reasons()).isEmpty();
    assertThat(result.ruleSetName()).isEqualTo("Launch");
  }

  @Test
  void factoryNotHongKongOwnedIsIneligibleForThatReason() {
    Eligibility result = LAUNCH.evaluate(false, "DONGGUAN", Sector.FURNITURE);

    assertThat(result.eligible()).isFalse();
    assertThat(result.reasons()).containsExactly(new IneligibilityReason(Kind.NOT_HK_OWNED, null));
  }

  @Test
  void factoryOutsideTheEligibleRegionIsIneligibleNamingTheCity() {
    Eligibility result = LAUNCH.evaluate(true, "SHANTOU", Sector.TEXTILES);

    assertThat(result.eligible()).isFalse();
    assertThat(result.reasons())
        .containsExactly(new IneligibilityReason(Kind.CITY_NOT_ELIGIBLE, "SHANTOU"));
  }

  @Test
  void factoryOutsideTheTargetSectorsIsIneligibleNamingTheSector() {
    Eligibility result = LAUNCH.evaluate(true, "FOSHAN", Sector.OTHER);

    assertThat(result.reasons())
        .containsExactly(new IneligibilityReason(Kind.SECTOR_NOT_TARGET, "OTHER"));
  }

  @Test
  void listsEveryCriterionAFactoryFails() {
    Eligibility result = LAUNCH.evaluate(false, "QINGYUAN", Sector.OTHER);

    assertThat(result.reasons())
        .extracting(IneligibilityReason::kind)
        .containsExactly(Kind.NOT_HK_OWNED, Kind.CITY_NOT_ELIGIBLE, Kind.SECTOR_NOT_TARGET);
  }

  @Test
  void ruleSetInForceIsTheLatestEffectiveOnOrBeforeTheDate() {
    EligibilityRules later = withCity("Phase 2", LocalDate.of(2012, 4, 1), "SHANTOU");
    List<EligibilityRules> all = List.of(later, LAUNCH);

    assertThat(EligibilityRules.inForce(all, LocalDate.of(2012, 3, 31))).contains(LAUNCH);
    assertThat(EligibilityRules.inForce(all, LocalDate.of(2012, 4, 1))).contains(later);
    assertThat(EligibilityRules.inForce(all, LocalDate.of(2020, 1, 1))).contains(later);
    assertThat(EligibilityRules.inForce(all, LocalDate.of(2008, 3, 31))).isEmpty();
  }

  @Test
  void laterRuleSetAddingACityMakesItsFactoriesEligibleFromItsDate() {
    EligibilityRules later = withCity("Phase 2", LocalDate.of(2012, 4, 1), "SHANTOU");
    List<EligibilityRules> all = List.of(LAUNCH, later);

    Eligibility before =
        EligibilityRules.evaluate(all, LocalDate.of(2012, 3, 1), true, "SHANTOU", Sector.TEXTILES);
    Eligibility after =
        EligibilityRules.evaluate(all, LocalDate.of(2012, 4, 1), true, "SHANTOU", Sector.TEXTILES);

    assertThat(before.eligible()).isFalse();
    assertThat(before.ruleSetName()).isEqualTo("Launch");
    assertThat(after.eligible()).isTrue();
    assertThat(after.ruleSetName()).isEqualTo("Phase 2");
  }

  @Test
  void noFactoryIsEligibleBeforeAnyRuleSet() {
    Eligibility result =
        EligibilityRules.evaluate(
            List.of(LAUNCH), LocalDate.of(2007, 1, 1), true, "SHENZHEN", Sector.TEXTILES);

    assertThat(result.eligible()).isFalse();
    assertThat(result.reasons())
        .extracting(IneligibilityReason::kind)
        .containsExactly(Kind.NO_RULE_SET);
  }

  private static EligibilityRules withCity(String name, LocalDate from, String city) {
    Set<String> cities = new java.util.HashSet<>(PRD);
    cities.add(city);
    return new EligibilityRules(name, from, cities, LAUNCH.sectors());
  }
}
