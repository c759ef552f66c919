package org.cppp.funding;

import java.time.LocalDate;

/**
 * A budget account: a pot of government money for a period.
 *
 * @param periodVersion the period's version: 1 as opened, one more for each extension
 */
public record BudgetAccountView(
    String code, String name, LocalDate periodFrom, LocalDate periodTo, int periodVersion) {}
