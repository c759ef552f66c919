package org.cppp.application;

import java.time.LocalDate;
import org.cppp.funding.Scheme;

/** Published when an application moves from one status to another. */
public record ApplicationStatusChanged(
    String reference,
    String factoryBr,
    Scheme scheme,
    ApplicationStatus from,
    ApplicationStatus to,
    LocalDate effectiveOn,
    String actor) {}
