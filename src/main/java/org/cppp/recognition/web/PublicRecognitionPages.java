package org.cppp.recognition.web;

import java.util.Locale;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
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

/**
 * The public side: recognised partners by year and category (published cycles only; names and
 * grades, never contacts, scores or evidence), their certificates, and the nomination form while a
 * cycle is open.
 */
@Controller
@RequestMapping("/recognition")
class PublicRecognitionPages {

  private final RecognitionCycles cycles;
  private final RecognitionNominations nominations;
  private final SmartValidator validator;
  private final Notices notices;

  PublicRecognitionPages(
      RecognitionCycles cycles,
      RecognitionNominations nominations,
      SmartValidator validator,
      Notices notices) {
    this.cycles = cycles;
    this.nominations = nominations;
    this.validator = validator;
    this.notices = notices;
  }

  @GetMapping
  String index(Model model) {
    model.addAttribute("years", cycles.publishedYears());
    return "recognition/public-index";
  }

  @GetMapping("/{year:\\d{4}}")
  String year(@PathVariable int year, Model model) {
    model.addAttribute("results", cycles.publishedResults(year));
    model.addAttribute("years", cycles.publishedYears());
    return "recognition/public-year";
  }

  @GetMapping("/{year:\\d{4}}/certificates/{id}.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable int year, @PathVariable long id, Locale locale) {
    return Pdfs.attachment(
        nominations.certificate(year, id, locale), "certificate-" + year + "-" + id + ".pdf");
  }

  @GetMapping("/{year:\\d{4}}/nominate")
  String initNominationForm(@PathVariable int year, Model model) {
    model.addAttribute("nominationForm", NominationForm.blank());
    return showForm(year, model);
  }

  @PostMapping("/{year:\\d{4}}/nominate")
  String processNominationForm(
      @PathVariable int year,
      @ModelAttribute("nominationForm") NominationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator,
        form.toNewNomination(),
        result,
        () -> nominations.nominatePublicly(year, form.toNewNomination()))) {
      notices.success(flash, "recognition.nomination.received");
      return "redirect:/recognition";
    }
    form.padEvidence();
    return showForm(year, model);
  }

  private String showForm(int year, Model model) {
    model.addAttribute("year", year);
    model.addAttribute("categories", cycles.categories());
    return "recognition/public-nominate";
  }
}
