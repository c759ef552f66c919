package org.cppp.reporting;

import java.time.LocalDate;
import org.cppp.funding.Scheme;

/** Approved work past its completion date, for the dashboard. */
public record OverdueWork(
    String reference,
    String factoryBr,
    Scheme scheme,
    String title,
    LocalDate dueOn,
    long daysOverdue) {}
