package org.cppp.outreach;

import java.time.LocalDate;
import org.cppp.shared.FinancialYear;

/**
 * The annual report's awareness figures for a financial year, as at a date (only activities held on
 * or before it count). Activities and participants exclude exhibitions and site visits, which are
 * counted apart.
 *
 * @param activitiesInYear awareness activities held in the year
 * @param participantsInYear their participants (attendance if taken, else the recorded count)
 * @param activitiesCumulative awareness activities since the launch
 * @param participantsCumulative their participants since the launch
 * @param exhibitionsInYear exhibitions taken part in during the year
 * @param visitorsInYear the exhibitions' visitors
 * @param siteVisitsInYear site visits to completed demonstration projects in the year
 */
public record AwarenessFigures(
    FinancialYear year,
    LocalDate asAt,
    long activitiesInYear,
    long participantsInYear,
    long activitiesCumulative,
    long participantsCumulative,
    long exhibitionsInYear,
    long visitorsInYear,
    long siteVisitsInYear) {}
