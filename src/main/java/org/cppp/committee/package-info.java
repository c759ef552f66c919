/**
 * The Project Management Committee: members (users with the COMMITTEE role) and their terms, the
 * quorum rule, meetings with agendas, papers, attendance, declarations of interest, decisions,
 * minutes and decision letters, decisions by circulation between meetings, and delegated authority
 * (resolutions letting officers decide named schemes up to a government share until a date, their
 * decisions listed for noting at the next meeting). Owns the {@code committee_*}, {@code agenda_*},
 * {@code interest_declaration}, {@code item_decision}, {@code circulation*} and {@code delegated_*}
 * tables. Writes decisions back through {@link org.cppp.application.FundingApplications#decide},
 * which asks this module (as {@link org.cppp.application.DecisionAuthorities}, implemented by
 * {@code DecisionRoutes}) to verify each decision's authority; listens to {@link
 * org.cppp.application.ApplicationStatusChanged} to take a decided or withdrawn application off the
 * agendas of meetings not yet held. The application module never depends on this one.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Committee",
    allowedDependencies = {
      "application",
      "identity",
      "factory",
      "provider",
      "funding",
      "reporting",
      "audit",
      "platform",
      "shared"
    })
package org.cppp.committee;
