package org.cppp.outreach;

import java.time.LocalDate;
import org.cppp.shared.FinancialYear;

/**
 * Guidebooks for the annual report.
 *
 * @param publishedInYear guidebooks published in the year (on or before {@code asAt})
 * @param publishedCumulative guidebooks published since the launch (on or before {@code asAt})
 * @param inPreparation guidebooks being prepared as at {@code asAt}
 */
public record GuidebookFigures(
    FinancialYear year,
    LocalDate asAt,
    long publishedInYear,
    long publishedCumulative,
    long inPreparation) {}
