package org.cppp.funding.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.Budget;
import org.cppp.funding.BudgetAccountView;
import org.cppp.funding.BudgetForecast;
import org.cppp.funding.BudgetForecasts;
import org.cppp.funding.BudgetPeriodView;
import org.cppp.funding.BudgetSummary;
import org.cppp.funding.BurnPoint;
import org.cppp.funding.LedgerEntryView;
import org.cppp.funding.NewCommitment;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The budget for officers, EPD and administrators: {@code /api/budget}. */
@RestController
@RequestMapping("/api/budget")
class BudgetApi {

  private final Budget budget;
  private final BudgetForecasts forecasts;

  BudgetApi(Budget budget, BudgetForecasts forecasts) {
    this.budget = budget;
    this.forecasts = forecasts;
  }

  @GetMapping
  BudgetSummary summary(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asAt) {
    return asAt == null ? budget.summary() : budget.summary(asAt);
  }

  @GetMapping("/entries")
  List<LedgerEntryView> entries(@RequestParam("application") String application) {
    return budget.entriesFor(application);
  }

  @GetMapping("/burn")
  List<BurnPoint> burn() {
    return budget.burn();
  }

  @GetMapping("/burn.csv")
  ResponseEntity<byte[]> burnCsv() {
    return BudgetCsv.response("cppp-budget-burn.csv", BudgetCsv.burn(budget.burn()));
  }

  @GetMapping("/forecast")
  BudgetForecast forecast() {
    return forecasts.forecast();
  }

  @GetMapping("/forecast.csv")
  ResponseEntity<byte[]> forecastCsv() {
    return BudgetCsv.response("cppp-budget-forecast.csv", BudgetCsv.forecast(forecasts.forecast()));
  }

  @GetMapping("/periods")
  List<BudgetPeriodView> periods() {
    return budget.periods(Budget.PROGRAMME_ACCOUNT);
  }

  /** A new version of the programme account's period: a later end, with budget added or not. */
  @PostMapping("/periods")
  @ResponseStatus(HttpStatus.CREATED)
  BudgetAccountView extend(@Valid @RequestBody Extension extension) {
    return budget.recordCommitment(
        Budget.PROGRAMME_ACCOUNT,
        new NewCommitment(
            extension.amountHkd(),
            extension.effectiveOn(),
            extension.extendsTo(),
            extension.note()));
  }

  @PostMapping("/commitments")
  @ResponseStatus(HttpStatus.CREATED)
  LedgerEntryView addCommitment(@Valid @RequestBody BudgetAdded commitment) {
    return budget.addCommitment(
        commitment.amountHkd(), commitment.effectiveOn(), commitment.note());
  }

  /** Budget to add to the programme account. */
  record BudgetAdded(
      @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amountHkd,
      @NotNull LocalDate effectiveOn,
      @Size(max = 500) String note) {}

  /** A later end of the programme account's period, the reason, and any budget added with it. */
  record Extension(
      @NotNull LocalDate extendsTo,
      @Size(max = 500) String note,
      @Digits(integer = 12, fraction = 2) BigDecimal amountHkd,
      LocalDate effectiveOn) {}
}
