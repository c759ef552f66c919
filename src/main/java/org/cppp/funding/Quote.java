package org.cppp.funding;

import java.math.BigDecimal;

/**
 * How a cost splits between the Government and the factory under the rule in force.
 *
 * @param phase the name of the phase whose rule applies
 */
public record Quote(
    Scheme scheme,
    BigDecimal costHkd,
    BigDecimal governmentShareHkd,
    BigDecimal factoryShareHkd,
    BigDecimal ceilingHkd,
    BigDecimal share,
    String phase) {}
