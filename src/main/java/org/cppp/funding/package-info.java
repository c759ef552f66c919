/**
 * Funding rules and the budget. Owns the scheme catalogue (each {@link org.cppp.funding.Scheme}'s
 * names, initiative, who may apply (as {@link org.cppp.shared.ApplicantKind}s), whether the
 * committee must decide it, required documents and technology categories: {@link
 * org.cppp.funding.SchemeDefinition}) and the versioned funding rules (programme phases, each with
 * a government share, ceiling or none, and completion time limit per scheme it funds, and the
 * repeat-assessment window) behind {@link org.cppp.funding.FundingRules}; other modules read
 * schemes only through it. It also owns the append-only budget ledger (accounts with their
 * versioned periods; budget added, commitments, releases, payments) behind {@link
 * org.cppp.funding.Budget}, with its forecast behind {@link org.cppp.funding.BudgetForecasts}.
 * Tables {@code funding_scheme}, {@code funding_scheme_applicant}, {@code funding_scheme_document},
 * {@code funding_scheme_technology}, {@code funding_phase}, {@code funding_scheme_rule}, {@code
 * budget_account}, {@code budget_account_period}, {@code budget_entry}. Depends on platform,
 * identity, audit and shared only; the applications module calls these facades and reports the
 * undecided applications for the forecast through the SPI {@link org.cppp.funding.BudgetPipeline}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Funding",
    allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.cppp.funding;
