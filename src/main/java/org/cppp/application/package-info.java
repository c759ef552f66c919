/**
 * Funding applications: drafts, submission, screening, the committee's decisions, the work and its
 * completion, with their supporting documents, status timeline and activity feed. Owns the {@code
 * funding_application} tables. Publishes {@link org.cppp.application.ApplicationStatusChanged}.
 * Calls the factory register (eligibility, sector), the provider register (registration on a date),
 * the funding rules (share, ceilings, time limits, repeat window) and the budget ledger (commit and
 * release). A decision is recorded only under a {@link org.cppp.application.DecisionAuthority} (a
 * meeting item, a circulation, a delegated authority) that the committee verifies through the SPI
 * {@link org.cppp.application.DecisionAuthorities}. The committee module depends on this one, never
 * the reverse.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Funding applications",
    allowedDependencies = {
      "factory",
      "provider",
      "funding",
      "outreach",
      "identity",
      "audit",
      "platform",
      "shared"
    })
package org.cppp.application;
