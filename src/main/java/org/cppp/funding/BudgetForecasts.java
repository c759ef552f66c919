package org.cppp.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cppp.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget's forecast: the programme account's ledger sums (in the database) with the pipeline of
 * undecided applications that the applications module reports through {@link BudgetPipeline}.
 */
@Service
@Transactional(readOnly = true)
public class BudgetForecasts {

  private final BudgetAccounts accounts;
  private final LedgerTotals totals;
  private final Optional<BudgetPipeline> pipeline;
  private final Clock clock;

  BudgetForecasts(
      BudgetAccounts accounts,
      LedgerTotals totals,
      Optional<BudgetPipeline> pipeline,
      Clock clock) {
    this.accounts = accounts;
    this.totals = totals;
    this.pipeline = pipeline;
    this.clock = clock;
  }

  /**
   * The programme account's forecast today: committed and not paid, the pipeline at its quoted
   * shares, and the projected balance by financial year over the account's period.
   */
  @PreAuthorize(FundingPolicy.READ_BUDGET)
  public BudgetForecast forecast() {
    BudgetAccount account =
        accounts
            .findByCode(Budget.PROGRAMME_ACCOUNT)
            .orElseThrow(() -> new NotFoundException("Budget account", Budget.PROGRAMME_ACCOUNT));
    BudgetSummary summary =
        BudgetReport.summary(account.code(), null, totals.monthly(account.id(), null));
    List<PipelineStage> stages = pipeline.map(BudgetPipeline::stages).orElse(List.of());
    return ForecastReport.forecast(
        summary, account.periodFrom(), account.periodTo(), LocalDate.now(clock), stages);
  }
}
