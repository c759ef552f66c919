/**
 * Funding applications: drafts, submission, screening, the committee's decisions, the work, its
 * deliverables under QA's review ({@link org.cppp.application.ApplicationDeliverables}), its
 * completion and the payments against its grant ({@link org.cppp.application.ApplicationPayments}),
 * with their supporting documents, timeline and activity feed. Owns the {@code funding_application}
 * and {@code application_deliverable} tables. Publishes {@link
 * org.cppp.application.ApplicationStatusChanged}, {@link org.cppp.application.VariationDecided} and
 * {@link org.cppp.application.DeliverableChanged}; mails the factory, the officers and the named
 * provider of its status changes and payments in the change's transaction ({@code
 * ApplicationMail}). Calls the factory register (eligibility, sector, the factories an applicant
 * acts for: {@link org.cppp.factory.Businesses#actingFor}), the provider register (registration on
 * a date), the funding rules (share, ceilings, time limits, repeat window) and the budget ledger
 * (commit, release and pay). A decision is recorded only under a {@link
 * org.cppp.application.DecisionAuthority} (a meeting item, a circulation, a delegated authority)
 * that the committee verifies through the SPI {@link org.cppp.application.DecisionAuthorities}. A
 * demonstration project is completed (and finally paid) only with an accepted completion report and
 * a signed verification, which the verification module reports through the SPI {@link
 * org.cppp.application.SignedVerifications}. An application goes to the committee only when every
 * screening check passes or an officer has overridden it with a reason ({@link
 * org.cppp.application.ScreeningOverrides}); its applications move with a factory merged into
 * another ({@link org.cppp.factory.FactoryHoldings}). The committee and verification modules depend
 * on this one, never the reverse. A factory may ask to vary approved work ({@link
 * org.cppp.application.ApplicationVariations}: more time, another provider, scope or cost; owns
 * {@code application_variation}), decided under the same authorities, an approved cost change
 * committing or releasing the difference against the budget. Owns the report's facts kept per day
 * ({@code application_decision_fact}, {@code factory_approval_fact}, kept by triggers on its
 * tables, V110) that {@link org.cppp.application.ApplicationFigures} reads.
 *
 * <p>Its personal data, {@link org.cppp.platform.PersonalRecords} (collected by the retention
 * module): documents of rejected applications, anonymised when the retention rules say and exported
 * for a data access request, by this module alone.
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
