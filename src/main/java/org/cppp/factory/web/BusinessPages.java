package org.cppp.factory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cppp.factory.BusinessDetails;
import org.cppp.factory.BusinessView;
import org.cppp.factory.Businesses;
import org.cppp.factory.FactoryLinkView;
import org.cppp.factory.FactoryPolicy;
import org.cppp.factory.FactorySummary;
import org.cppp.factory.LinkKind;
import org.cppp.factory.LinkRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicants' pages: the list of businesses and associations (staff; officers register), a
 * business with its factories, their links and evidence (officers link and check).
 */
@Controller
class BusinessPages {

  private final Businesses businesses;
  private final FactoryPolicy policy;
  private final Notices notices;

  BusinessPages(Businesses businesses, FactoryPolicy policy, Notices notices) {
    this.businesses = businesses;
    this.policy = policy;
    this.notices = notices;
  }

  @GetMapping("/businesses")
  String list(
      @RequestParam(required = false) ApplicantKind kind,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    PageRequest pageable = PageRequest.of(Math.max(page, 0), 25, Sort.by("brNumber"));
    model.addAttribute("businesses", businesses.list(kind, pageable));
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", ApplicantKind.values());
    model.addAttribute("baseUrl", kind == null ? "/businesses" : "/businesses?kind=" + kind);
    model.addAttribute("officer", policy.mayEdit());
    return "factory/businesses";
  }

  @PostMapping("/businesses")
  String register(
      @RequestParam(defaultValue = "") String brNumber,
      @RequestParam(defaultValue = "") String nameEn,
      @RequestParam(defaultValue = "") String nameZh,
      @RequestParam(required = false) ApplicantKind kind,
      @RequestParam(defaultValue = "false") boolean nonProfit,
      @RequestParam(defaultValue = "") String pollutingProcesses,
      RedirectAttributes flash) {
    try {
      BusinessView made =
          businesses.register(
              new BusinessDetails(
                  brNumber, nameEn, nameZh, kind, nonProfit, pollutingProcesses, null));
      notices.success(flash, "business.registered", made.brNumber());
      return "redirect:/businesses/" + made.brNumber();
    } catch (RuleViolation e) {
      notices.failure(flash, e);
      return "redirect:/businesses";
    }
  }

  @GetMapping("/businesses/{br}")
  String show(@PathVariable String br, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("business", businesses.get(br));
    Page<FactorySummary> factories =
        businesses.factories(br, PageRequest.of(Math.max(page, 0), 25, Sort.by("brNumber")));
    model.addAttribute("factories", factories);
    model.addAttribute("links", links(factories.getContent()));
    model.addAttribute("linkKinds", LinkKind.values());
    model.addAttribute("baseUrl", "/businesses/" + br);
    model.addAttribute("officer", policy.mayEdit());
    return "factory/business";
  }

  @PostMapping("/businesses/{br}/factories")
  String link(
      @PathVariable String br,
      @RequestParam(defaultValue = "") String factoryBr,
      @RequestParam(required = false) LinkKind kind,
      @RequestParam(defaultValue = "") String evidence,
      RedirectAttributes flash) {
    try {
      if (kind == null) {
        throw new RuleViolation("kind", "business.link.kind.required");
      }
      List<String> titles = Arrays.asList(evidence.split("\\R"));
      businesses.link(br, factoryBr.strip(), new LinkRequest(kind, null, titles));
      notices.success(flash, "business.linked", factoryBr.strip());
    } catch (RuleViolation | NotFoundException e) {
      notices.failure(flash, e instanceof RuleViolation v ? v : notFound(factoryBr));
    }
    return "redirect:/businesses/" + br;
  }

  @PostMapping("/businesses/{br}/factories/{factoryBr}/evidence/{number}")
  String check(
      @PathVariable String br,
      @PathVariable String factoryBr,
      @PathVariable int number,
      RedirectAttributes flash) {
    try {
      businesses.checkEvidence(factoryBr, number);
      notices.success(flash, "business.evidence.marked", number);
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    }
    return "redirect:/businesses/" + br;
  }

  @PostMapping("/businesses/{br}/factories/{factoryBr}/unlink")
  String unlink(
      @PathVariable String br,
      @PathVariable String factoryBr,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    try {
      businesses.unlink(factoryBr, reason);
      notices.success(flash, "business.unlinked", factoryBr);
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    }
    return "redirect:/businesses/" + br;
  }

  /** The links of the page's factories, by factory BR number. */
  private Map<String, FactoryLinkView> links(List<FactorySummary> factories) {
    return factories.stream()
        .map(f -> businesses.linkOf(f.brNumber()))
        .flatMap(Optional::stream)
        .collect(Collectors.toMap(FactoryLinkView::factoryBr, l -> l));
  }

  private static RuleViolation notFound(String factoryBr) {
    return new RuleViolation("factoryBr", "business.factory.unknown", factoryBr);
  }
}
