package org.cppp.verification;

import org.cppp.application.ApplicationStatus;
import org.cppp.funding.Scheme;

/**
 * An application a user might open a verification case for.
 *
 * @param eligible whether its scheme and status allow a case
 * @param caseId its case, if it has one already (else {@code null})
 */
public record CaseCandidate(
    String reference,
    String title,
    Scheme scheme,
    ApplicationStatus status,
    boolean eligible,
    Long caseId) {}
