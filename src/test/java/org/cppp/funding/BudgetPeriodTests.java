package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** A commitment is refused outside the account's period until an extension covers it. */
@IntegrationTest
class BudgetPeriodTests {

  static final LocalDate START = FreshAccounts.START;
  static final LocalDate END = FreshAccounts.END;

  @Autowired Budget budget;
  @Autowired AuditTrail audit;
  @Autowired MessageSource messages;

  /** A new account for 2008-04-01 to 2013-03-31 holding HK$100,000. */
  String account() {
    return FreshAccounts.open(budget, "P", new BigDecimal("100000.00"));
  }

  static String ref() {
    return "APP-P-" + UUID.randomUUID().toString().substring(0, 12);
  }

  LedgerEntryView commit(String account, String ref, LocalDate decidedOn) {
    return SystemActor.call(
        () ->
            budget.commit(
                account, ref, Scheme.ON_SITE_ASSESSMENT, new BigDecimal("15000.00"), decidedOn));
  }

  BudgetAccountView extend(String account, LocalDate to, String reason) {
    return SystemActor.call(
        () -> budget.recordCommitment(account, new NewCommitment(null, null, to, reason)));
  }

  @Test
  void aCommitmentDecidedOutsideThePeriodIsRefusedNamingThePeriod() {
    String account = account();
    for (LocalDate outside : List.of(END.plusDays(1), START.minusDays(1))) {
      String ref = ref();
      assertThatThrownBy(() -> commit(account, ref, outside))
          .isInstanceOfSatisfying(
              StateConflict.class,
              c -> {
                assertThat(c.messageKey()).isEqualTo("budget.commit.outside-period");
                assertThat(c.arguments()).containsExactly(outside, account, START, END);
              });
      assertThat(SystemActor.call(() -> budget.entriesFor(ref))).isEmpty();
    }
    assertThat(commit(account, ref(), END).amountHkd()).isEqualByComparingTo("15000.00");
    assertThat(commit(account, ref(), START).kind()).isEqualTo(EntryKind.COMMIT);
  }

  @Test
  void theRefusalNamesThePeriodInEachLanguage() {
    StateConflict refusal =
        new StateConflict(
            "budget.commit.outside-period", LocalDate.of(2013, 4, 2), "CPPP", START, END);
    assertThat(messages.getMessage(refusal, Locale.ENGLISH))
        .isEqualTo(
            "The decision date 2013-04-02 is outside the period of the budget account CPPP"
                + " (2008-04-01 to 2013-03-31): record an extension or a new commitment that"
                + " covers it first.");
    assertThat(messages.getMessage(refusal, Locale.forLanguageTag("zh-HK")))
        .contains("2008-04-01至2013-03-31", "延期");
    assertThat(messages.getMessage(refusal, Locale.forLanguageTag("zh-CN")))
        .contains("2008-04-01至2013-03-31", "账户");
  }

  @Test
  void anExtensionLetsTheCommitmentThroughAndIsTheNextVersionAudited() {
    String account = account();
    LocalDate after = LocalDate.of(2014, 6, 30);
    assertThatThrownBy(() -> commit(account, ref(), after)).isInstanceOf(StateConflict.class);

    BudgetAccountView extended =
        extend(account, LocalDate.of(2015, 3, 31), "Government extended the programme");

    assertThat(extended.periodTo()).isEqualTo(LocalDate.of(2015, 3, 31));
    assertThat(extended.periodVersion()).isEqualTo(2);
    assertThat(commit(account, ref(), after).effectiveOn()).isEqualTo(after);
    List<BudgetPeriodView> versions = SystemActor.call(() -> budget.periods(account));
    assertThat(versions)
        .extracting(BudgetPeriodView::version, BudgetPeriodView::periodTo, BudgetPeriodView::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, LocalDate.of(2015, 3, 31), "Government extended the programme"),
            org.assertj.core.groups.Tuple.tuple(1, END, "Account opened"));
    assertThat(versions.get(0).actor()).isEqualTo(SystemActor.NAME);
    assertThat(versions.get(0).addedHkd()).isNull();
    assertThat(audit.of(Budget.AUDIT_TYPE, account))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("PERIOD_EXTENDED"));
  }

  @Test
  void aNewCommitmentAddsMoneyAndALaterEndInOneVersion() {
    String account = account();
    BudgetAccountView after =
        SystemActor.call(
            () ->
                budget.recordCommitment(
                    account,
                    new NewCommitment(
                        new BigDecimal("50000.00"),
                        LocalDate.of(2013, 4, 1),
                        LocalDate.of(2015, 3, 31),
                        "Second phase: HK$50 million to 2015")));
    assertThat(after.periodVersion()).isEqualTo(2);
    assertThat(SystemActor.call(() -> budget.summary(account, null)).budgetHkd())
        .isEqualByComparingTo("150000.00");
    assertThat(SystemActor.call(() -> budget.periods(account)).get(0).addedHkd())
        .isEqualByComparingTo("50000.00");
  }

  @Test
  void anExtensionNeedsALaterEndAndAReasonAndNothingIsHalfSaved() {
    String account = account();
    assertThatThrownBy(() -> extend(account, END, "same end"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("extendsTo");
              assertThat(v.messageKey()).isEqualTo("budget.period.not-later");
            });
    assertThatThrownBy(() -> extend(account, LocalDate.of(2014, 3, 31), " "))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("note"));
    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () ->
                        budget.recordCommitment(
                            account,
                            new NewCommitment(
                                new BigDecimal("1000.00"), START, END.minusYears(1), "earlier"))))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("extendsTo"));
    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () ->
                        budget.recordCommitment(account, new NewCommitment(null, null, null, "x"))))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("amountHkd"));
    assertThat(SystemActor.call(() -> budget.summary(account, null)).budgetHkd())
        .isEqualByComparingTo("100000.00");
    assertThat(SystemActor.call(() -> budget.periods(account))).hasSize(1);
  }

  @Test
  void aBulkCommitmentOutsideTheProgrammePeriodRefusesTheWholeBatch() {
    LocalDate end =
        SystemActor.call(() -> budget.periods(Budget.PROGRAMME_ACCOUNT)).get(0).periodTo();
    String inside = ref();
    String outside = ref();
    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () ->
                        budget.commitAll(
                            List.of(
                                new Commitment(
                                    inside, Scheme.VERIFICATION, new BigDecimal("100.00"), end),
                                new Commitment(
                                    outside,
                                    Scheme.VERIFICATION,
                                    new BigDecimal("100.00"),
                                    end.plusDays(1))))))
        .isInstanceOfSatisfying(
            StateConflict.class,
            c -> assertThat(c.messageKey()).isEqualTo("budget.commit.outside-period"));
    assertThat(SystemActor.call(() -> budget.entriesFor(inside))).isEmpty();
  }
}
