package org.cppp.verification;

import java.time.LocalDate;

/** QA signed a case's result: its inputs, model and factor versions are frozen. */
public record VerificationSigned(
    long caseId, String application, String factoryBr, String providerCode, LocalDate signedOn) {}
