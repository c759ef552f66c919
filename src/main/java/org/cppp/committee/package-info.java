/**
 * The Project Management Committee: members (users with the COMMITTEE role) and their terms, the
 * quorum rule, meetings with agendas, papers, attendance, declarations of interest, decisions,
 * minutes and decision letters, decisions by circulation between meetings, and delegated authority
 * (resolutions letting officers decide named schemes up to a government share until a date, their
 * decisions listed for noting at the next meeting).
 *
 * <p>Its API is its facades: {@code Meetings} (a meeting's life, decisions, packs, letters,
 * delegations) with {@code MeetingAgendas}, {@code MeetingAttendance} and {@code MeetingMinutes}
 * for the same aggregate's agenda, sitting and minutes; {@code Circulations}; {@code
 * CommitteeMembers}; with their records; who may do what is {@code CommitteePolicy}. Meetings and
 * circulations are the aggregates {@code Meeting} and {@code Circulation} (package-private, with
 * their repositories). Owns the {@code committee_*}, {@code agenda_*}, {@code meeting_attendance},
 * {@code interest_declaration}, {@code item_decision}, {@code circulation*}, {@code
 * association_membership}, {@code quorum_rule} and {@code delegated_*} tables.
 *
 * <p>Writes decisions back through {@link org.cppp.application.FundingApplications#decide} in the
 * same transaction (and a circulated variation request's through {@link
 * org.cppp.application.ApplicationVariations#decide}), which asks this module (as {@link
 * org.cppp.application.DecisionAuthorities}, implemented by {@code DecisionRoutes}) to verify each
 * decision's authority; publishes {@link org.cppp.committee.CommitteeDecisionRecorded}; listens to
 * {@link org.cppp.application.ApplicationStatusChanged} to take a decided or withdrawn application
 * off the agendas of meetings not yet held; hides recused members' applications (as {@link
 * org.cppp.application.ApplicationVisibility}) and counts meetings for the report (as {@link
 * org.cppp.reporting.MeetingFigures}). Reads what its own rules need of other modules through the
 * reads meant for it ({@link org.cppp.application.ApplicationParties}, {@link
 * org.cppp.identity.RoleHolders}), never by acting as an administrator in a user's request. The
 * application module never depends on this one.
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
