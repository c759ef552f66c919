package org.cppp.verification.web;

import java.util.List;
import org.cppp.verification.Toolbox;
import org.cppp.verification.ToolboxEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/toolbox?sector=<SECTOR>}: the CP Toolbox's medians per technology category, for
 * anyone (no sign-in). A missing or unknown sector is 400 naming {@code sector}.
 */
@RestController
class ToolboxApi {

  private final Toolbox toolbox;

  ToolboxApi(Toolbox toolbox) {
    this.toolbox = toolbox;
  }

  @GetMapping("/api/toolbox")
  List<ToolboxEntry> toolbox(@RequestParam(required = false) String sector) {
    return toolbox.forSector(ToolboxSector.parse(sector));
  }
}
