package org.cppp.funding.web;

import java.util.List;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Budget;
import org.cppp.funding.BurnPoint;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
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

/** The programme budget: totals, by scheme and financial year, the burn chart, adding budget. */
@Controller
class BudgetPages {

  private static final String PAGE = "funding/budget";

  private final Budget budget;
  private final AuditTrail audit;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Notices notices;

  BudgetPages(Budget budget, AuditTrail audit, Notices notices) {
    this.budget = budget;
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
        budget.addCommitment(form.getAmountHkd(), form.getEffectiveOn(), form.getNote());
        notices.success(flash, "budget.commitment.added");
        return "redirect:/budget";
      } catch (RuleViolation violation) {
        FormErrors.reject(result, violation);
      }
    }
    return show(model);
  }

  @GetMapping("/budget.csv")
  @ResponseBody
  ResponseEntity<String> yearsCsv() {
    return BudgetCsv.response("cppp-budget.csv", BudgetCsv.years(budget.summary()));
  }

  @GetMapping("/budget/burn.csv")
  @ResponseBody
  ResponseEntity<String> burnCsv() {
    return BudgetCsv.response("cppp-budget-burn.csv", BudgetCsv.burn(budget.burn()));
  }

  private String show(Model model) {
    List<BurnPoint> burn = budget.burn();
    model.addAttribute("summary", budget.summary());
    model.addAttribute("added", budget.commitmentsAdded(Budget.PROGRAMME_ACCOUNT));
    model.addAttribute(
        "burnMonths", json.writeValueAsString(burn.stream().map(BurnPoint::month).toList()));
    model.addAttribute(
        "burnCommitted",
        json.writeValueAsString(burn.stream().map(p -> p.committedHkd().toPlainString()).toList()));
    model.addAttribute(
        "burnPaid",
        json.writeValueAsString(burn.stream().map(p -> p.paidHkd().toPlainString()).toList()));
    model.addAttribute("canEdit", CurrentUser.current().hasAny(Role.OFFICER, Role.ADMIN));
    model.addAttribute("auditTrail", audit.of("budget", Budget.PROGRAMME_ACCOUNT));
    return PAGE;
  }
}
