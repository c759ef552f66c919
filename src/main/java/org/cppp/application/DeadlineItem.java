package org.cppp.application;

import java.time.LocalDate;
import org.cppp.funding.Scheme;

/**
 * An application on a list of time limits: overdue work ({@code date} its completion date, {@code
 * days} overdue) or one in a service-level stage ({@code date} it entered it, {@code days} since).
 */
public record DeadlineItem(
    String reference,
    String factoryBr,
    Scheme scheme,
    String title,
    ApplicationStatus status,
    LocalDate date,
    long days) {}
