package org.cppp.application;

import java.util.List;
import org.cppp.shared.RuleViolation;

/**
 * A draft saved field by field: the application as now stored, and the fields refused (each kept
 * its saved value), for the page to show next to them.
 */
public record DraftSaved(ApplicationView application, List<RuleViolation> refused) {

  public DraftSaved {
    refused = List.copyOf(refused);
  }
}
