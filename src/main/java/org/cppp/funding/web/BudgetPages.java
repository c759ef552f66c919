package org.cppp.funding.web;

import java.util.List;
import java.util.function.Function;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Budget;
import org.cppp.funding.BudgetForecast;
import org.cppp.funding.BudgetForecasts;
import org.cppp.funding.BurnPoint;
import org.cppp.funding.FundingPolicy;
import org.cppp.funding.NewCommitment;
import org.cppp.platform.FormErrors;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The programme budget: totals, by scheme and financial year, the burn chart, the forecast, the
 * account's period, and recording a further commitment (budget added, a later end, or both).
 */
@Controller
class BudgetPages {

  private static final String PAGE = "funding/budget";

  private final Budget budget;
  private final BudgetForecasts forecasts;
  private final AuditTrail audit;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Notices notices;
  private final FundingPolicy policy;

  BudgetPages(
      Budget budget,
      BudgetForecasts forecasts,
      AuditTrail audit,
      Notices notices,
      FundingPolicy policy) {
    this.policy = policy;
    this.budget = budget;
    this.forecasts = forecasts;
    this.audit = audit;
    this.notices = notices;
  }

  @GetMapping("/budget")
  String initCommitmentForm(Model model) {
    model.addAttribute("commitmentForm", new CommitmentForm());
    return show(model);
  }

  @PostMapping("/budget/commitments")
  String processCommitmentForm(
      @ModelAttribute("commitmentForm") CommitmentForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (!result.hasErrors()) {
      try {
        budget.recordCommitment(
            Budget.PROGRAMME_ACCOUNT,
            new NewCommitment(
                form.getAmountHkd(), form.getEffectiveOn(), form.getExtendsTo(), form.getNote()));
        notices.success(
            flash,
            form.getExtendsTo() == null ? "budget.commitment.added" : "budget.commitment.extended");
        return "redirect:/budget";
      } catch (RuleViolation violation) {
        FormErrors.reject(result, violation);
      }
    }
    return show(model);
  }

  @GetMapping("/budget.csv")
  @ResponseBody
  ResponseEntity<byte[]> yearsCsv() {
    return BudgetCsv.response("cppp-budget.csv", BudgetCsv.years(budget.summary()));
  }

  @GetMapping("/budget/burn.csv")
  @ResponseBody
  ResponseEntity<byte[]> burnCsv() {
    return BudgetCsv.response("cppp-budget-burn.csv", BudgetCsv.burn(budget.burn()));
  }

  @GetMapping("/budget/forecast.csv")
  @ResponseBody
  ResponseEntity<byte[]> forecastCsv() {
    return BudgetCsv.response("cppp-budget-forecast.csv", BudgetCsv.forecast(forecasts.forecast()));
  }

  private String show(Model model) {
    List<BurnPoint> burn = budget.burn();
    model.addAttribute("summary", budget.summary());
    model.addAttribute("added", budget.commitmentsAdded(Budget.PROGRAMME_ACCOUNT));
    model.addAttribute("periods", budget.periods(Budget.PROGRAMME_ACCOUNT));
    model.addAttribute("burnMonths", series(burn, BurnPoint::month));
    model.addAttribute("burnCommitted", series(burn, p -> p.committedHkd().toPlainString()));
    model.addAttribute("burnPaid", series(burn, p -> p.paidHkd().toPlainString()));
    BudgetForecast forecast = forecasts.forecast();
    List<BudgetForecast.Year> years = forecast.byFinancialYear();
    model.addAttribute("forecast", forecast);
    model.addAttribute("forecastYears", series(years, BudgetForecast.Year::financialYear));
    model.addAttribute("forecastBalance", series(years, y -> y.balanceHkd().toPlainString()));
    model.addAttribute(
        "forecastOutstanding", series(years, y -> y.committedNotPaidHkd().toPlainString()));
    model.addAttribute("canEdit", policy.mayEdit());
    model.addAttribute("auditTrail", audit.of("budget", Budget.PROGRAMME_ACCOUNT));
    return PAGE;
  }

  /** One series of a chart, as the JSON array its data attribute carries. */
  private <T> String series(List<T> points, Function<T, String> value) {
    return json.writeValueAsString(points.stream().map(value).toList());
  }
}
