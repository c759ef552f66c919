package org.cppp.verification;

import java.math.BigDecimal;

/**
 * One carrier's measured quantity in a period; for solvent, its VOC content by weight in percent
 * (else {@code null}).
 */
public record Reading(
    Period period, Carrier carrier, BigDecimal quantity, BigDecimal vocContentPct) {}
