/**
 * Funding rules and the budget. Owns the versioned funding rules (programme phases, each with a
 * government share, ceiling and completion time limit per {@link org.cppp.funding.Scheme}, and the
 * repeat-assessment window) behind {@link org.cppp.funding.FundingRules}, and the append-only
 * budget ledger (accounts; budget added, commitments, releases, payments) behind {@link
 * org.cppp.funding.Budget}. Tables {@code funding_phase}, {@code funding_scheme_rule}, {@code
 * budget_account}, {@code budget_entry}. Depends on platform, identity, audit and shared only; the
 * applications module calls these facades.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Funding",
    allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.cppp.funding;
