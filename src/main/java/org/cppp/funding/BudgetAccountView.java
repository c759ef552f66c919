package org.cppp.funding;

import java.time.LocalDate;

/** A budget account: a pot of government money for a period. */
public record BudgetAccountView(
    String code, String name, LocalDate periodFrom, LocalDate periodTo) {}
