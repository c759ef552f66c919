package org.cppp.verification.web;

import java.util.Locale;
import org.cppp.factory.Sector;
import org.cppp.shared.RuleViolation;

/** The {@code sector} a toolbox request names: one of the sectors' codes, in any letter case. */
final class ToolboxSector {

  private ToolboxSector() {}

  static Sector parse(String value) {
    if (value == null || value.isBlank()) {
      throw new RuleViolation("sector", "toolbox.sector.required");
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    for (Sector sector : Sector.values()) {
      if (sector.name().equals(code)) {
        return sector;
      }
    }
    throw new RuleViolation("sector", "toolbox.sector.unknown", value.strip());
  }
}
