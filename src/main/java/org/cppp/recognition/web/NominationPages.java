package org.cppp.recognition.web;

import java.util.Locale;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.recognition.NominationView;
import org.cppp.recognition.Outcome;
import org.cppp.recognition.RecognitionCycles;
import org.cppp.recognition.RecognitionNominations;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers submit nominations on a nominee's behalf and assess them; staff read them. */
@Controller
@RequestMapping("/recognition/cycles/{year}/nominations")
class NominationPages {

  private static final String FORM = "recognition/nomination-form";
  private static final String PAGE = "recognition/nomination";

  private final RecognitionCycles cycles;
  private final RecognitionNominations nominations;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;

  NominationPages(
      RecognitionCycles cycles,
      RecognitionNominations nominations,
      AuditTrail audit,
      SmartValidator validator,
      Notices notices) {
    this.cycles = cycles;
    this.nominations = nominations;
    this.audit = audit;
    this.validator = validator;
    this.notices = notices;
  }

  @GetMapping("/new")
  String initCreateForm(@PathVariable int year, Model model) {
    model.addAttribute("nominationForm", NominationForm.blank());
    return showForm(year, model);
  }

  @PostMapping("/new")
  String processCreateForm(
      @PathVariable int year,
      @ModelAttribute("nominationForm") NominationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator,
            form.toNewNomination(),
            result,
            () -> nominations.nominate(year, form.toNewNomination()));
    if (saved.isPresent()) {
      NominationView created = saved.get();
      notices.success(flash, "recognition.nomination.submitted");
      return "redirect:/recognition/cycles/" + year + "/nominations/" + created.id();
    }
    form.padEvidence();
    return showForm(year, model);
  }

  @GetMapping("/{id}")
  String show(@PathVariable int year, @PathVariable long id, Model model) {
    model.addAttribute("assessmentForm", new AssessmentForm());
    return showNomination(year, id, model);
  }

  @PostMapping("/{id}/assessment")
  String assess(
      @PathVariable int year,
      @PathVariable long id,
      @ModelAttribute("assessmentForm") AssessmentForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator,
        form.toAssessment(),
        result,
        () -> nominations.assess(year, id, form.toAssessment()))) {
      notices.success(flash, "recognition.nomination.assessed");
      return "redirect:/recognition/cycles/" + year + "/nominations/" + id;
    }
    return showNomination(year, id, model);
  }

  @GetMapping("/{id}/certificate.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable int year, @PathVariable long id, Locale locale) {
    return Pdfs.attachment(
        nominations.certificate(year, id, locale), "certificate-" + year + "-" + id + ".pdf");
  }

  private String showNomination(int year, long id, Model model) {
    model.addAttribute("cycle", cycles.get(year));
    model.addAttribute("nomination", nominations.get(year, id));
    model.addAttribute("categories", cycles.categories());
    model.addAttribute("grades", cycles.grades());
    model.addAttribute("outcomes", new Outcome[] {Outcome.RECOGNISED, Outcome.NOT_RECOGNISED});
    model.addAttribute("auditTrail", audit.of("nomination", Long.toString(id)));
    return PAGE;
  }

  private String showForm(int year, Model model) {
    model.addAttribute("cycle", cycles.get(year));
    model.addAttribute("categories", cycles.categories());
    return FORM;
  }
}
