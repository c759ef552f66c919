package org.cppp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of an application's cost breakdown. */
@Embeddable
public record CostItem(
    @Column(name = "description") String description,
    @Column(name = "amount_hkd") BigDecimal amountHkd) {}
