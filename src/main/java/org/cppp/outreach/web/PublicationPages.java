package org.cppp.outreach.web;

import java.io.IOException;
import java.util.List;
import org.cppp.audit.AuditTrail;
import org.cppp.outreach.GuidebookKind;
import org.cppp.outreach.GuidebookStatus;
import org.cppp.outreach.GuidebookView;
import org.cppp.outreach.Publications;
import org.cppp.outreach.ResourceCommand;
import org.cppp.outreach.Upload;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers keep guidebooks (with their PDFs) and the resources area here. */
@Controller
@RequestMapping("/outreach/publications")
class PublicationPages {

  private static final String FORM = "outreach/guidebook-form";

  private final Publications publications;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;

  PublicationPages(
      Publications publications, AuditTrail audit, SmartValidator validator, Notices notices) {
    this.publications = publications;
    this.audit = audit;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("kinds", List.of(GuidebookKind.values()));
    model.addAttribute("statuses", List.of(GuidebookStatus.values()));
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "guidebooks",
        publications.list(
            PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "id"))));
    model.addAttribute("resources", publications.resources(true));
    return "outreach/publications";
  }

  @GetMapping("/new")
  String initCreateForm(Model model) {
    model.addAttribute("guidebookForm", new GuidebookForm());
    return FORM;
  }

  @PostMapping("/new")
  String processCreateForm(
      @ModelAttribute("guidebookForm") GuidebookForm form,
      BindingResult result,
      RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator, form.toCommand(), result, () -> publications.create(form.toCommand()));
    if (saved.isPresent()) {
      GuidebookView created = saved.get();
      notices.success(flash, "outreach.guidebook.saved");
      return "redirect:/outreach/publications/" + created.id();
    }
    return FORM;
  }

  @GetMapping("/{id}")
  String initUpdateForm(@PathVariable long id, Model model) {
    GuidebookView guidebook = publications.get(id);
    model.addAttribute("guidebookForm", GuidebookForm.of(guidebook));
    return show(guidebook, model);
  }

  @PostMapping("/{id}")
  String processUpdateForm(
      @PathVariable long id,
      @ModelAttribute("guidebookForm") GuidebookForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toCommand(), result, () -> publications.update(id, form.toCommand()))) {
      notices.success(flash, "outreach.guidebook.saved");
      return "redirect:/outreach/publications/" + id;
    }
    return show(publications.get(id), model);
  }

  @PostMapping("/{id}/pdf")
  String uploadPdf(
      @PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
      throws IOException {
    try {
      publications.attachPdf(id, new Upload(file.getOriginalFilename(), file.getBytes()));
      notices.success(flash, "outreach.guidebook.pdf.saved");
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
    }
    return "redirect:/outreach/publications/" + id;
  }

  @GetMapping("/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return Downloads.of(publications.downloadGuidebook(id, true), false);
  }

  @PostMapping("/resources")
  String addResource(
      @RequestParam String titleEn,
      @RequestParam String titleZhHk,
      @RequestParam String titleZhCn,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes flash)
      throws IOException {
    ResourceCommand command = new ResourceCommand(titleEn, titleZhHk, titleZhCn, true);
    if (titleEn.isBlank() || titleZhHk.isBlank() || titleZhCn.isBlank()) {
      notices.failure(flash, "outreach.resource.titles.required");
      return "redirect:/outreach/publications#resources";
    }
    try {
      publications.addResource(command, new Upload(file.getOriginalFilename(), file.getBytes()));
      notices.success(flash, "outreach.resource.saved");
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
    }
    return "redirect:/outreach/publications#resources";
  }

  @PostMapping("/resources/{id}/published")
  String publishResource(
      @PathVariable long id, @RequestParam boolean published, RedirectAttributes flash) {
    publications.publishResource(id, published);
    notices.success(flash, "outreach.resource.saved");
    return "redirect:/outreach/publications#resources";
  }

  private String show(GuidebookView guidebook, Model model) {
    model.addAttribute("guidebook", guidebook);
    model.addAttribute("auditTrail", audit.of("publication", String.valueOf(guidebook.id())));
    return FORM;
  }
}
