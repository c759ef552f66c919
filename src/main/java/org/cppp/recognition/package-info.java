/**
 * The Hong Kong-Guangdong Cleaner Production Partners Recognition Scheme: annual cycles,
 * nominations with evidence, officers' assessment, the public list of recognised partners by year
 * and category, certificates as PDF, and the figures per category for the annual report. Owns the
 * {@code recognition_*} tables; categories and grades are data. Publishes the {@link
 * org.cppp.recognition.RecognitionCycles} and {@link org.cppp.recognition.RecognitionNominations}
 * facades. Depends on platform, audit, identity (CurrentUser) and shared only.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Recognition",
    allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.cppp.recognition;
