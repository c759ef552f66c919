package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cppp.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The funding rules without Spring: shares, ceilings, cents, phases by date, new-phase checks. */
class FundingRuleTests {

  static final LocalDate LAUNCH = LocalDate.of(2008, 4, 1);
  static final LocalDate PHASE_2 = LocalDate.of(2013, 4, 1);

  static FundingPhase launch() {
    return new FundingPhase(
        "Launch phase",
        LAUNCH,
        5,
        List.of(
            terms(Scheme.ON_SITE_ASSESSMENT, "0.50", "15000.00", 3),
            terms(Scheme.DEMONSTRATION_PROJECT, "0.50", "160000.00", 12),
            terms(Scheme.VERIFICATION, "1.00", "15000.00", 3)));
  }

  static FundingPhase phase2() {
    return new FundingPhase(
        "Phase 2",
        PHASE_2,
        5,
        List.of(
            terms(Scheme.ON_SITE_ASSESSMENT, "0.50", "25000.00", 3),
            terms(Scheme.DEMONSTRATION_PROJECT, "0.50", "300000.00", 12),
            terms(Scheme.VERIFICATION, "1.00", "20000.00", 3)));
  }

  static FundingPhase.Terms terms(Scheme scheme, String share, String ceiling, int months) {
    return new FundingPhase.Terms(scheme, new BigDecimal(share), new BigDecimal(ceiling), months);
  }

  static BigDecimal government(Scheme scheme, String cost, LocalDate on) {
    return RuleBook.of(List.of(launch(), phase2()))
        .inForce(on)
        .rule(scheme)
        .governmentShareOf(new BigDecimal(cost));
  }

  static BigDecimal launchShare(Scheme scheme, String cost) {
    return government(scheme, cost, LocalDate.of(2012, 1, 1));
  }

  private static final java.util.Set<Scheme> LAUNCH_SCHEMES =
      java.util.Set.copyOf(Scheme.launchSchemes());

  @Test
  void assessmentPaysHalfBelowTheCeilingAndTheCeilingAbove() {
    assertThat(launchShare(Scheme.ON_SITE_ASSESSMENT, "20000")).isEqualByComparingTo("10000.00");
    assertThat(launchShare(Scheme.ON_SITE_ASSESSMENT, "30000")).isEqualByComparingTo("15000.00");
    assertThat(launchShare(Scheme.ON_SITE_ASSESSMENT, "40000")).isEqualByComparingTo("15000.00");
  }

  @Test
  void demonstrationPaysHalfBelowTheCeilingAndTheCeilingAbove() {
    assertThat(launchShare(Scheme.DEMONSTRATION_PROJECT, "200000"))
        .isEqualByComparingTo("100000.00");
    assertThat(launchShare(Scheme.DEMONSTRATION_PROJECT, "320000"))
        .isEqualByComparingTo("160000.00");
    assertThat(launchShare(Scheme.DEMONSTRATION_PROJECT, "500000"))
        .isEqualByComparingTo("160000.00");
  }

  @Test
  void verificationIsFreeUpToTheCeiling() {
    assertThat(launchShare(Scheme.VERIFICATION, "12000")).isEqualByComparingTo("12000.00");
    assertThat(launchShare(Scheme.VERIFICATION, "15000")).isEqualByComparingTo("15000.00");
    assertThat(launchShare(Scheme.VERIFICATION, "20000")).isEqualByComparingTo("15000.00");
  }

  @Test
  void governmentShareIsRoundedDownToTheCent() {
    assertThat(launchShare(Scheme.ON_SITE_ASSESSMENT, "0.01")).isEqualByComparingTo("0.00");
    assertThat(launchShare(Scheme.ON_SITE_ASSESSMENT, "0.03")).isEqualByComparingTo("0.01");
    assertThat(launchShare(Scheme.ON_SITE_ASSESSMENT, "30000.01")).isEqualByComparingTo("15000.00");
    assertThat(launchShare(Scheme.ON_SITE_ASSESSMENT, "12345.67")).isEqualTo("6172.83");
    assertThat(launchShare(Scheme.ON_SITE_ASSESSMENT, "0")).isEqualTo("0.00");
  }

  @Test
  void laterPhaseAppliesFromItsEffectiveDate() {
    LocalDate dayBefore = PHASE_2.minusDays(1);
    assertThat(government(Scheme.ON_SITE_ASSESSMENT, "60000", dayBefore))
        .isEqualByComparingTo("15000.00");
    assertThat(government(Scheme.ON_SITE_ASSESSMENT, "60000", PHASE_2))
        .isEqualByComparingTo("25000.00");
    assertThat(government(Scheme.DEMONSTRATION_PROJECT, "1000000", dayBefore))
        .isEqualByComparingTo("160000.00");
    assertThat(government(Scheme.DEMONSTRATION_PROJECT, "1000000", PHASE_2))
        .isEqualByComparingTo("300000.00");
    assertThat(government(Scheme.VERIFICATION, "30000", PHASE_2)).isEqualByComparingTo("20000.00");
  }

  @Test
  void phaseEndsTheDayBeforeTheNextStartsAndTheLatestIsOpenEnded() {
    List<Phase> phases = RuleBook.of(List.of(phase2(), launch())).phases();
    assertThat(phases).extracting(Phase::name).containsExactly("Launch phase", "Phase 2");
    assertThat(phases.get(0).effectiveTo()).isEqualTo(LocalDate.of(2013, 3, 31));
    assertThat(phases.get(1).effectiveTo()).isNull();
  }

  @Test
  void dateBeforeTheLaunchIsRefusedNamingTheDate() {
    RuleBook book = RuleBook.of(List.of(launch()));
    assertThatThrownBy(() -> book.inForce(LAUNCH.minusDays(1)))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("date"));
    assertThat(book.inForce(LAUNCH).name()).isEqualTo("Launch phase");
  }

  @Test
  void newPhaseTakesTimeLimitsAndRepeatWindowFromThePreviousPhase() {
    FundingPhase admitted = RuleBook.of(List.of(launch())).admit(phase2Command(), LAUNCH_SCHEMES);
    Phase view = admitted.view(null);
    assertThat(view.repeatAssessmentYears()).isEqualTo(5);
    assertThat(view.rule(Scheme.DEMONSTRATION_PROJECT).completionMonths()).isEqualTo(12);
    assertThat(view.rule(Scheme.ON_SITE_ASSESSMENT).ceilingHkd()).isEqualTo("25000.00");
  }

  @Test
  void newPhaseMustStartAfterTheLatest() {
    NewPhase same = withDate(phase2Command(), LAUNCH);
    assertRefused(same, "effectiveFrom");
  }

  @Test
  void newPhaseNamesEachSchemeOnceAndOnlyDefinedOnes() {
    NewPhase command = phase2Command();
    assertRefused(withTerms(command, List.of()), "schemes");
    List<NewPhase.Terms> undefined = new ArrayList<>(command.schemes());
    NewPhase.Terms first = command.schemes().get(0);
    undefined.set(
        1, new NewPhase.Terms(Scheme.valueOf("NOT_DEFINED"), first.share(), first.ceilingHkd(), 3));
    assertRefused(withTerms(command, undefined), "schemes[1].scheme");
    List<NewPhase.Terms> repeated = new ArrayList<>(command.schemes());
    repeated.set(2, command.schemes().get(0));
    assertRefused(withTerms(command, repeated), "schemes[2].scheme");
  }

  @Test
  void newPhaseRefusesShareOutOfRangeAndNegativeCeiling() {
    assertRefused(withTerm(1, "0", "300000.00"), "schemes[1].share");
    assertRefused(withTerm(1, "1.01", "300000.00"), "schemes[1].share");
    assertRefused(withTerm(1, "0.12345", "300000.00"), "schemes[1].share");
    assertRefused(withTerm(1, "0.50", "-1.00"), "schemes[1].ceiling");
    assertRefused(withTerm(1, "0.50", "1.001"), "schemes[1].ceiling");
  }

  @Test
  void newPhaseKeepsItsChineseNamesAndRefusesOverlongOnesNamingTheField() {
    NewPhase base = phase2Command();
    NewPhase named =
        new NewPhase(base.name(), base.effectiveFrom(), null, base.schemes(), " 第二階段 ", "第二阶段");
    Phase view = RuleBook.of(List.of(launch())).admit(named, LAUNCH_SCHEMES).view(null);
    assertThat(view.name(java.util.Locale.forLanguageTag("zh-HK"))).isEqualTo("第二階段");
    assertThat(view.name(java.util.Locale.forLanguageTag("zh-CN"))).isEqualTo("第二阶段");
    assertThat(view.name(java.util.Locale.ENGLISH)).isEqualTo("Phase 2");
    assertRefused(
        new NewPhase(
            base.name(), base.effectiveFrom(), null, base.schemes(), "長".repeat(121), null),
        "nameZhHk");
    assertRefused(
        new NewPhase(
            base.name(), base.effectiveFrom(), null, base.schemes(), null, "长".repeat(121)),
        "nameZhCn");
  }

  static NewPhase phase2Command() {
    return new NewPhase(
        "Phase 2",
        PHASE_2,
        null,
        List.of(
            new NewPhase.Terms(
                Scheme.ON_SITE_ASSESSMENT, new BigDecimal("0.50"), new BigDecimal("25000"), null),
            new NewPhase.Terms(
                Scheme.DEMONSTRATION_PROJECT,
                new BigDecimal("0.50"),
                new BigDecimal("300000.00"),
                null),
            new NewPhase.Terms(
                Scheme.VERIFICATION, new BigDecimal("1.00"), new BigDecimal("20000.00"), null)));
  }

  private static NewPhase withTerm(int index, String share, String ceiling) {
    NewPhase command = phase2Command();
    List<NewPhase.Terms> terms = new ArrayList<>(command.schemes());
    terms.set(
        index,
        new NewPhase.Terms(
            terms.get(index).scheme(), new BigDecimal(share), new BigDecimal(ceiling), null));
    return withTerms(command, terms);
  }

  private static NewPhase withTerms(NewPhase command, List<NewPhase.Terms> terms) {
    return new NewPhase(
        command.name(), command.effectiveFrom(), command.repeatAssessmentYears(), terms);
  }

  private static NewPhase withDate(NewPhase command, LocalDate date) {
    return new NewPhase(command.name(), date, command.repeatAssessmentYears(), command.schemes());
  }

  private static void assertRefused(NewPhase command, String field) {
    RuleBook book = RuleBook.of(List.of(launch()));
    assertThatThrownBy(() -> book.admit(command, LAUNCH_SCHEMES))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
  }
}
