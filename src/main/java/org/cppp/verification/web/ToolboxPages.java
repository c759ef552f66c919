package org.cppp.verification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.cppp.factory.Sector;
import org.cppp.platform.HtmxRequest;
import org.cppp.shared.RuleViolation;
import org.cppp.verification.Toolbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public CP Toolbox page: a factory picks its sector and reads the ballpark per technology. */
@Controller
class ToolboxPages {

  private static final String PAGE = "verification/toolbox";

  private final Toolbox toolbox;
  private final MessageSource messages;

  ToolboxPages(Toolbox toolbox, MessageSource messages) {
    this.toolbox = toolbox;
    this.messages = messages;
  }

  @GetMapping("/toolbox")
  String show(
      @RequestParam(required = false) String sector,
      Model model,
      Locale locale,
      HttpServletRequest request) {
    model.addAttribute("sectors", List.of(Sector.values()));
    model.addAttribute("minProjects", toolbox.minProjects());
    if (sector != null && !sector.isBlank()) {
      try {
        Sector chosen = ToolboxSector.parse(sector);
        model.addAttribute("sector", chosen);
        model.addAttribute("entries", toolbox.forSector(chosen));
      } catch (RuleViolation violation) {
        model.addAttribute("sectorError", messages.getMessage(violation, locale));
      }
    }
    return HtmxRequest.view(request, PAGE, "results");
  }
}
