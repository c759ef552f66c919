package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme account's outlook on a date: what is committed and not yet paid, what the
 * applications still to be decided would commit at their quoted share, and the balance that would
 * leave, by financial year over the account's period.
 *
 * @param asAt today: years ending before it are actual, the others projected
 * @param committedNotPaidHkd committed net of releases, minus paid
 * @param availableHkd budget minus net committed
 * @param pipelineHkd the stages' quoted shares, summed
 * @param projectedBalanceHkd available minus the pipeline: left if every undecided application were
 *     approved at its quoted share
 */
public record BudgetForecast(
    String account,
    LocalDate asAt,
    LocalDate periodFrom,
    LocalDate periodTo,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedNotPaidHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal availableHkd,
    List<PipelineStage> pipeline,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pipelineHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal projectedBalanceHkd,
    List<Year> byFinancialYear) {

  public BudgetForecast {
    pipeline = List.copyOf(pipeline);
    byFinancialYear = List.copyOf(byFinancialYear);
  }

  /**
   * One financial year: its movements by effective date, and the position at its end. The pipeline
   * is expected to be decided in the current year (the one containing {@code asAt}).
   *
   * @param projected whether the year ends on or after {@code asAt}
   * @param pipelineHkd the pipeline expected to be committed in this year
   * @param committedNotPaidHkd at the year's end: committed so far minus paid so far
   * @param balanceHkd at the year's end: budget added so far minus committed so far, minus the
   *     pipeline from the current year on
   */
  public record Year(
      String financialYear,
      int startYear,
      boolean projected,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal addedHkd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedHkd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidHkd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pipelineHkd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedNotPaidHkd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceHkd) {}
}
