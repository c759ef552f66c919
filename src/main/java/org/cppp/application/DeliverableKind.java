package org.cppp.application;

import java.util.Arrays;
import java.util.List;
import org.cppp.funding.Scheme;

/**
 * What approved work delivers, per scheme: an on-site assessment its assessment report; a
 * demonstration project its progress and completion reports, invoices and receipts; a verification
 * its measurement records.
 */
public enum DeliverableKind {
  ASSESSMENT_REPORT(Scheme.ON_SITE_ASSESSMENT),
  PROGRESS_REPORT(Scheme.DEMONSTRATION_PROJECT),
  COMPLETION_REPORT(Scheme.DEMONSTRATION_PROJECT),
  INVOICE(Scheme.DEMONSTRATION_PROJECT),
  RECEIPT(Scheme.DEMONSTRATION_PROJECT),
  MEASUREMENT_RECORD(Scheme.VERIFICATION);

  private final Scheme scheme;

  DeliverableKind(Scheme scheme) {
    this.scheme = scheme;
  }

  /** Whether work under this scheme delivers this kind. */
  public boolean belongsTo(Scheme scheme) {
    return this.scheme.equals(scheme);
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

  /** The kinds work under a scheme delivers, in the order they are listed. */
  public static List<DeliverableKind> of(Scheme scheme) {
    return Arrays.stream(values()).filter(k -> k.belongsTo(scheme)).toList();
  }
}
