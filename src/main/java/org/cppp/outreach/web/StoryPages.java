package org.cppp.outreach.web;

import java.io.IOException;
import java.util.List;
import org.cppp.audit.AuditTrail;
import org.cppp.outreach.Stories;
import org.cppp.outreach.StoryView;
import org.cppp.outreach.Upload;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.TechnologyCategory;
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

/** Officers write success stories in three languages and add photos here. */
@Controller
@RequestMapping("/outreach/stories")
class StoryPages {

  private static final String FORM = "outreach/story-form";

  private final Stories stories;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;

  StoryPages(Stories stories, AuditTrail audit, SmartValidator validator, Notices notices) {
    this.stories = stories;
    this.audit = audit;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute("categories")
  List<TechnologyCategory> categories() {
    return List.of(TechnologyCategory.values());
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "stories",
        stories.list(PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "id"))));
    return "outreach/stories-admin";
  }

  @GetMapping("/new")
  String initCreateForm(Model model) {
    model.addAttribute("storyForm", new StoryForm());
    return FORM;
  }

  @PostMapping("/new")
  String processCreateForm(
      @ModelAttribute("storyForm") StoryForm form, BindingResult result, RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator, form.toCommand(), result, () -> stories.create(form.toCommand()));
    if (saved.isPresent()) {
      StoryView created = saved.get();
      notices.success(flash, "outreach.story.saved");
      return "redirect:/outreach/stories/" + created.id();
    }
    return FORM;
  }

  @GetMapping("/{id}")
  String initUpdateForm(@PathVariable long id, Model model) {
    StoryView story = stories.get(id);
    model.addAttribute("storyForm", StoryForm.of(story));
    return show(story, model);
  }

  @PostMapping("/{id}")
  String processUpdateForm(
      @PathVariable long id,
      @ModelAttribute("storyForm") StoryForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toCommand(), result, () -> stories.update(id, form.toCommand()))) {
      notices.success(flash, "outreach.story.saved");
      return "redirect:/outreach/stories/" + id;
    }
    return show(stories.get(id), model);
  }

  @PostMapping("/{id}/photos")
  String addPhoto(
      @PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
      throws IOException {
    try {
      stories.addPhoto(id, new Upload(file.getOriginalFilename(), file.getBytes()));
      notices.success(flash, "outreach.story.photo.saved");
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
    }
    return "redirect:/outreach/stories/" + id;
  }

  private String show(StoryView story, Model model) {
    model.addAttribute("story", story);
    model.addAttribute("auditTrail", audit.of("story", String.valueOf(story.id())));
    return FORM;
  }
}
