package org.cppp.verification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything a result is computed from; frozen with the result when QA signs.
 *
 * @param region the factory's grid, for electricity factors and tariffs
 */
public record CaseInputs(
    Region region,
    Period baseline,
    Period reporting,
    List<String> variables,
    Set<Carrier> carriers,
    List<Reading> readings,
    List<VariableValue> values,
    BigDecimal projectCostHkd) {}
