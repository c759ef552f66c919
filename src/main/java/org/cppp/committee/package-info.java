/**
 * The Project Management Committee: members (users with the COMMITTEE role) and their terms, the
 * quorum rule, meetings with agendas, papers, attendance, declarations of interest, decisions,
 * minutes and decision letters, and decisions by circulation between meetings. Owns the {@code
 * committee_*}, {@code agenda_*}, {@code interest_declaration}, {@code item_decision} and {@code
 * circulation*} tables. Writes decisions back through {@link
 * org.cppp.application.FundingApplications#decide}; the application module never depends on this
 * one.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Committee",
    allowedDependencies = {
      "application",
      "identity",
      "factory",
      "provider",
      "funding",
      "audit",
      "platform",
      "shared"
    })
package org.cppp.committee;
