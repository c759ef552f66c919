package org.cppp.application;

import java.time.LocalDate;
import org.cppp.funding.Scheme;

/**
 * Published when an application moves from one status to another.
 *
 * @param providerCode the provider the application names, or {@code null}
 */
public record ApplicationStatusChanged(
    String reference,
    String factoryBr,
    Scheme scheme,
    ApplicationStatus from,
    ApplicationStatus to,
    LocalDate effectiveOn,
    String actor,
    String providerCode) {}
