package org.cppp.funding.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.Budget;
import org.cppp.funding.BudgetSummary;
import org.cppp.funding.BurnPoint;
import org.cppp.funding.LedgerEntryView;
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

  BudgetApi(Budget budget) {
    this.budget = budget;
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
  ResponseEntity<String> burnCsv() {
    return BudgetCsv.response("cppp-budget-burn.csv", BudgetCsv.burn(budget.burn()));
  }

  @PostMapping("/commitments")
  @ResponseStatus(HttpStatus.CREATED)
  LedgerEntryView addCommitment(@Valid @RequestBody NewCommitment commitment) {
    return budget.addCommitment(
        commitment.amountHkd(), commitment.effectiveOn(), commitment.note());
  }

  /** Budget to add to the programme account. */
  record NewCommitment(
      @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amountHkd,
      @NotNull LocalDate effectiveOn,
      @Size(max = 500) String note) {}
}
