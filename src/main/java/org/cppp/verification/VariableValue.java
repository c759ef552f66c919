package org.cppp.verification;

import java.math.BigDecimal;

/** An independent variable's value in a period (e.g. tonnes produced, cooling degree days). */
public record VariableValue(Period period, String variable, BigDecimal value) {}
