package org.cppp.verification;

import java.math.BigDecimal;
import org.cppp.shared.TechnologyCategory;

/** What a case copies from its application when it is opened. */
record ApplicationFacts(
    String reference,
    String factoryBr,
    String factorySector,
    String providerCode,
    String scheme,
    TechnologyCategory technology,
    BigDecimal projectCostHkd) {}
