package org.cppp.verification.web;

import java.math.BigDecimal;
import java.util.List;
import org.cppp.verification.Technologies;
import org.cppp.verification.Technology;
import org.cppp.verification.Toolbox;
import org.cppp.verification.ToolboxEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/toolbox?sector=<SECTOR>}: the CP Toolbox's medians per technology category and,
 * after each, per named technology of it that enough signed results record, for anyone (no
 * sign-in). A missing or unknown sector is 400 naming {@code sector}. {@code GET
 * /api/toolbox/technologies}: the named technologies, with their names in the three languages.
 */
@RestController
class ToolboxApi {

  private final Toolbox toolbox;
  private final Technologies technologies;

  ToolboxApi(Toolbox toolbox, Technologies technologies) {
    this.toolbox = toolbox;
    this.technologies = technologies;
  }

  /** The vocabulary of named technologies a case's measure may record ({@code technologyCode}). */
  @GetMapping("/api/toolbox/technologies")
  List<Technology> technologies() {
    return technologies.all();
  }

  @GetMapping("/api/toolbox")
  List<Row> toolbox(@RequestParam(required = false) String sector) {
    return toolbox.forSector(ToolboxSector.parse(sector)).stream().map(Row::of).toList();
  }

  /**
   * One row as the API answers it.
   *
   * @param technology the category's name, or the named technology's code
   */
  record Row(
      String technology,
      long projects,
      BigDecimal medianCostHkd,
      double medianCo2TonnesPerYear,
      BigDecimal medianCostSavingHkdPerYear,
      Double medianPaybackYears) {

    static Row of(ToolboxEntry e) {
      return new Row(
          e.key(),
          e.projects(),
          e.medianCostHkd(),
          e.medianCo2TonnesPerYear(),
          e.medianCostSavingHkdPerYear(),
          e.medianPaybackYears());
    }
  }
}
