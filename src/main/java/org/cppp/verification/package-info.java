/**
 * Measurement and verification of implemented improvements, as IPMVP and ASHRAE Guideline 14 define
 * them. Owns the {@code verification_*} tables (cases, measures, carriers, variables, readings,
 * variable values, evidence, frozen results) and the versioned {@code emission_factor} and {@code
 * tariff} tables. Facades: {@link org.cppp.verification.VerificationCases} (open, enter readings,
 * submit, return, sign, and what this user may do now), {@link
 * org.cppp.verification.VerificationCandidates} (the applications a user may open a case for),
 * {@link org.cppp.verification.VerificationResults} (results, snapshots "as at", audited
 * re-computation), {@link org.cppp.verification.VerificationReports} (a signed case's PDF report),
 * {@link org.cppp.verification.VerificationEvidence}, {@link
 * org.cppp.verification.EmissionFactors}, {@link org.cppp.verification.Tariffs}, {@link
 * org.cppp.verification.VerificationOutcomes} (signed annual figures added up in the database, for
 * reports), {@link org.cppp.verification.LegacyResults} (results signed before CPPP: legacy
 * figures, and signatures recorded on their day) and {@link org.cppp.verification.Toolbox} (the
 * public CP Toolbox: medians per sector and technology, in the database). Publishes {@link
 * org.cppp.verification.VerificationSigned}; implements the applications module's {@link
 * org.cppp.application.SignedVerifications} (a demonstration project's completion and final payment
 * wait for its signed result). Reads applications through {@link
 * org.cppp.application.FundingApplications}; the applications module never depends on this one.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Verification",
    allowedDependencies = {
      "application",
      "factory",
      "funding",
      "identity",
      "audit",
      "platform",
      "shared"
    })
package org.cppp.verification;
