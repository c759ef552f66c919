package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One approved application's government share to commit, for {@link Budget#commitAll}. */
public record Commitment(
    String applicationRef, Scheme scheme, BigDecimal amountHkd, LocalDate decidedOn) {}
