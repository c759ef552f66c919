package org.cppp.application;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cppp.funding.Initiative;

/**
 * What approved work delivers, per initiative of its scheme: an assessment its assessment report; a
 * demonstration project or an organisation support project its progress and completion reports,
 * invoices and receipts; a verification its measurement records.
 */
public enum DeliverableKind {
  ASSESSMENT_REPORT(Initiative.ASSESSMENT),
  PROGRESS_REPORT(Initiative.DEMONSTRATION, Initiative.ORGANISATION_SUPPORT),
  COMPLETION_REPORT(Initiative.DEMONSTRATION, Initiative.ORGANISATION_SUPPORT),
  INVOICE(Initiative.DEMONSTRATION, Initiative.ORGANISATION_SUPPORT),
  RECEIPT(Initiative.DEMONSTRATION, Initiative.ORGANISATION_SUPPORT),
  MEASUREMENT_RECORD(Initiative.VERIFICATION);

  private final Set<Initiative> initiatives;

  DeliverableKind(Initiative... initiatives) {
    this.initiatives = Set.of(initiatives);
  }

  /** Whether work under a scheme of this initiative delivers this kind. */
  public boolean belongsTo(Initiative initiative) {
    return initiatives.contains(initiative);
  }

  /** The kind of this name (as a form or the API sends it), or {@code null} for none or another. */
  public static DeliverableKind named(String name) {
    return name == null
        ? null
        : Arrays.stream(values())
            .filter(k -> k.name().equals(name.strip()))
            .findFirst()
            .orElse(null);
  }

  /** The kinds work under a scheme of an initiative delivers, in the order they are listed. */
  public static List<DeliverableKind> of(Initiative initiative) {
    return Arrays.stream(values()).filter(k -> k.belongsTo(initiative)).toList();
  }
}
