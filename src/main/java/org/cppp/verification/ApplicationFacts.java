package org.cppp.verification;

import java.math.BigDecimal;
import org.cppp.application.ApplicationView;
import org.cppp.shared.TechnologyCategory;

/** What a case copies from its application when it is opened. */
record ApplicationFacts(
    String reference,
    String factoryBr,
    String factorySector,
    String providerCode,
    String scheme,
    TechnologyCategory technology,
    BigDecimal projectCostHkd) {

  /** The facts of the application as it stands; its cost is the final one once there is one. */
  static ApplicationFacts of(ApplicationView a) {
    return new ApplicationFacts(
        a.reference(),
        a.factoryBr(),
        a.factorySector(),
        a.providerCode(),
        a.scheme().name(),
        a.technology(),
        a.finalCostHkd() != null ? a.finalCostHkd() : a.totalCostHkd());
  }
}
