package org.cppp.committee.web;

import org.cppp.audit.AuditTrail;
import org.cppp.committee.CommitteeMembers;
import org.cppp.committee.Position;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members and their terms, and the trade associations' member factories and providers. */
@Controller
@RequestMapping("/committee")
class MemberPages {

  private static final String MEMBERS = "committee/members";

  private final CommitteeMembers members;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;

  MemberPages(
      CommitteeMembers members, AuditTrail audit, SmartValidator validator, Notices notices) {
    this.members = members;
    this.audit = audit;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("organisations", members.organisations());
    model.addAttribute("positions", Position.values());
  }

  @GetMapping("/members")
  String list(Model model) {
    model.addAttribute("members", members.all());
    model.addAttribute("memberForm", new MemberForm());
    model.addAttribute("today", members.today());
    return MEMBERS;
  }

  @PostMapping("/members")
  String processAppointForm(
      @ModelAttribute("memberForm") MemberForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toNewMember(), result, () -> members.appoint(form.toNewMember()))) {
      notices.success(flash, "committee.member.appointed");
      return "redirect:/committee/members";
    }
    model.addAttribute("members", members.all());
    model.addAttribute("today", members.today());
    return MEMBERS;
  }

  @GetMapping("/members/{id}")
  String initUpdateForm(@PathVariable long id, Model model) {
    model.addAttribute("member", members.get(id));
    model.addAttribute("memberForm", MemberForm.of(members.get(id)));
    model.addAttribute("auditTrail", audit.of("committee-member", String.valueOf(id)));
    return "committee/member";
  }

  @PostMapping("/members/{id}")
  String processUpdateForm(
      @PathVariable long id,
      @ModelAttribute("memberForm") MemberForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toNewMember(), result, () -> members.update(id, form.toNewMember()))) {
      notices.success(flash, "committee.member.updated");
      return "redirect:/committee/members/" + id;
    }
    model.addAttribute("member", members.get(id));
    model.addAttribute("auditTrail", audit.of("committee-member", String.valueOf(id)));
    return "committee/member";
  }

  @GetMapping("/associations")
  String associations(Model model) {
    model.addAttribute("associations", members.associations());
    return "committee/associations";
  }

  @PostMapping("/associations")
  String addAssociation(
      @RequestParam String organisationCode,
      @RequestParam(required = false) String factoryBr,
      @RequestParam(required = false) String providerCode,
      RedirectAttributes flash) {
    try {
      members.addAssociation(organisationCode, factoryBr, providerCode);
      notices.success(flash, "committee.association.added");
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    }
    return "redirect:/committee/associations";
  }

  @PostMapping("/associations/{id}/remove")
  String removeAssociation(@PathVariable long id, RedirectAttributes flash) {
    members.removeAssociation(id);
    notices.success(flash, "committee.association.removed");
    return "redirect:/committee/associations";
  }
}
