package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * Cumulative committed (net of releases) and paid at the end of a month.
 *
 * @param month {@code yyyy-MM}
 */
public record BurnPoint(
    String month,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committedHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidHkd) {}
