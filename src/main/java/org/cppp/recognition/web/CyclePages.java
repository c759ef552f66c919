package org.cppp.recognition.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.recognition.CycleAction;
import org.cppp.recognition.CycleView;
import org.cppp.recognition.NominationFilter;
import org.cppp.recognition.Outcome;
import org.cppp.recognition.RecognitionCycles;
import org.cppp.recognition.RecognitionNominations;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff list, create and run recognition cycles here; officers enter past results in bulk. */
@Controller
@RequestMapping("/recognition/cycles")
class CyclePages {

  private static final String FORM = "recognition/cycle-form";

  private final RecognitionCycles cycles;
  private final RecognitionNominations nominations;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;

  CyclePages(
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

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
    model.addAttribute("cycles", cycles.list(PageRequest.of(Math.max(page, 0), 20)));
    return HtmxRequest.view(request, "recognition/cycles", "results");
  }

  @GetMapping("/new")
  String initCreateForm(Model model) {
    model.addAttribute("cycleForm", new CycleForm());
    return showForm(model);
  }

  @PostMapping("/new")
  String processCreateForm(
      @ModelAttribute("cycleForm") CycleForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator, form.toNewCycle(), result, () -> cycles.create(form.toNewCycle()));
    if (saved.isPresent()) {
      CycleView created = saved.get();
      notices.success(flash, "recognition.cycle.created");
      return "redirect:/recognition/cycles/" + created.year();
    }
    return showForm(model);
  }

  @GetMapping("/{year}")
  String show(
      @PathVariable int year,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(required = false) Outcome outcome,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    model.addAttribute("cycle", cycles.get(year));
    model.addAttribute("q", q);
    model.addAttribute("category", category);
    model.addAttribute("outcome", outcome);
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute("categories", cycles.categories());
    model.addAttribute("grades", cycles.grades());
    model.addAttribute("figures", cycles.figures(year));
    model.addAttribute(
        "nominations",
        nominations.search(
            year,
            new NominationFilter(q, category, outcome),
            PageRequest.of(Math.max(page, 0), 25, Sort.by("nameEn"))));
    model.addAttribute("auditTrail", audit.of("recognition-cycle", Integer.toString(year)));
    return HtmxRequest.view(request, "recognition/cycle", "results");
  }

  @PostMapping("/{year}/{action:open|close|publish}")
  String transition(@PathVariable int year, @PathVariable String action, RedirectAttributes flash) {
    try {
      cycles.transition(year, CycleAction.parse(action));
      notices.success(flash, "recognition.cycle.moved");
    } catch (RuleViolation violation) {
      notices.failure(flash, "recognition.cycle.transition-refused");
    }
    return "redirect:/recognition/cycles/" + year;
  }

  @PostMapping("/{year}/bulk")
  String bulk(
      @PathVariable int year,
      @RequestParam(defaultValue = "") String lines,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes flash)
      throws IOException {
    String text =
        file != null && !file.isEmpty()
            ? new String(file.getBytes(), StandardCharsets.UTF_8)
            : lines;
    try {
      int added = nominations.addRecognised(year, text);
      notices.success(flash, "recognition.bulk.added");
      notices.success(flash, "recognition.bulk.count", added);
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
      flash.addFlashAttribute("bulkLines", lines);
    }
    return "redirect:/recognition/cycles/" + year;
  }

  private String showForm(Model model) {
    model.addAttribute("categories", cycles.categories());
    model.addAttribute("grades", cycles.grades());
    return FORM;
  }
}
