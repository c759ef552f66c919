package org.cppp.application.web;

import org.cppp.application.FundingApplications;
import org.cppp.platform.FormErrors;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the draft form's button asks for: save the draft, or save and submit it. */
enum DraftIntent {
  SAVE,
  SUBMIT;

  static DraftIntent of(String intent) {
    return "submit".equals(intent) ? SUBMIT : SAVE;
  }

  /** For a submission of a draft saved without errors, puts what it still lacks on the form. */
  void requireComplete(String reference, FundingApplications applications, BindingResult result) {
    if (this == SUBMIT && !result.hasErrors()) {
      applications.missingForSubmission(reference).forEach(f -> rejectMissing(result, f));
    }
  }

  /** Submits the saved draft if asked, tells the user, and says where they go next. */
  String finish(
      String reference,
      FundingApplications applications,
      Notices notices,
      RedirectAttributes flash) {
    if (this == SUBMIT) {
      applications.submit(reference);
      notices.success(flash, "application.action.done.submit");
      return "redirect:/applications/" + reference;
    }
    notices.success(flash, "application.draft.saved");
    return "redirect:/applications/" + reference + "/edit";
  }

  private static void rejectMissing(BindingResult result, String field) {
    var document = FundingApplications.missingDocument(field);
    if (document.isPresent()) {
      FormErrors.reject(result, document.get());
      return;
    }
    boolean quotation = "quotation".equals(field);
    FormErrors.reject(
        result,
        new RuleViolation(
            quotation ? "quotationRef" : field,
            quotation ? "application.quotation.missing" : "application.missing"));
  }
}
