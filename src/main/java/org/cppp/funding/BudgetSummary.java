package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of a budget account.
 *
 * @param asAt entries effective up to this date are counted; {@code null}: all entries
 * @param committedHkd committed net of releases (payments included)
 * @param availableHkd budget minus net committed: what approvals may still commit
 */
public record BudgetSummary(
    String account,
    LocalDate asAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal availableHkd,
    List<SchemeTotals> byScheme,
    List<YearTotals> byFinancialYear) {

  public BudgetSummary {
    byScheme = List.copyOf(byScheme);
    byFinancialYear = List.copyOf(byFinancialYear);
  }

  /** One scheme's commitments and payments; {@code applications}: how many were committed. */
  public record SchemeTotals(
      Scheme scheme,
      long applications,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedHkd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidHkd) {}

  /**
   * One financial year's movements, by effective date.
   *
   * @param financialYear e.g. {@code 2011/12}
   * @param startYear the calendar year it starts in
   * @param addedHkd budget added in that year
   */
  public record YearTotals(
      String financialYear,
      int startYear,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal addedHkd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedHkd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidHkd) {}
}
