package org.cppp.verification;

/**
 * What the current user may do on a case now, so a page offers only that; the facades decide again
 * when it is done.
 *
 * @param enterReadings change readings and evidence (the factory, the provider, officers, admins)
 * @param submit say the readings are complete
 * @param review return the case with comments (QA, officers, admins)
 * @param sign sign the result (QA only)
 * @param recompute re-compute a signed result with corrected factors
 * @param report download the verification report (once signed)
 * @param history read the case's audit trail (staff)
 */
public record CaseActions(
    boolean enterReadings,
    boolean submit,
    boolean review,
    boolean sign,
    boolean recompute,
    boolean report,
    boolean history) {}
