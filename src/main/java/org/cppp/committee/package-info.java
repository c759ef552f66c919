/**
 * The Project Management Committee: members (users with the COMMITTEE role) and their terms, the
 * quorum rule, meetings with agendas, papers, attendance, declarations of interest, decisions,
 * minutes and decision letters, decisions by circulation between meetings, and delegated authority
 * (resolutions letting officers decide named schemes up to a government share until a date, their
 * decisions listed for noting at the next meeting).
 *
 * <p>Its API is its facades. The issue asked for three ({@code Meetings}, {@code Circulations},
 * {@code CommitteeMembers}); the meeting's is split in four over the one {@code Meeting} aggregate,
 * because folded together they would make one facade of some 600 lines and a dozen collaborators:
 *
 * <ul>
 *   <li>{@code Meetings}: a meeting's life (schedule, circulate, hold, cancel), its decisions,
 *       packs, letters and delegated authority, what the programme office does to the meeting as a
 *       whole;
 *   <li>{@code MeetingAgendas}: what is on the agenda (applications, variation requests, matters,
 *       confirmations, their order and papers), which officers prepare before the meeting;
 *   <li>{@code MeetingAttendance}: who sat and what each member declared (and the conflicts the
 *       system proposes), the members' own part, where a declared interest recuses them;
 *   <li>{@code MeetingMinutes}: the minutes' drafting, editing and confirmation by a later meeting,
 *       the secretary's work after it;
 *   <li>{@code Circulations}: decisions between meetings by the members' votes;
 *   <li>{@code CommitteeMembers}: the members, their terms, organisations and the quorum rule.
 * </ul>
 *
 * <p>Who may do what is {@code CommitteePolicy}. Meetings and circulations are the aggregates
 * {@code Meeting} (with its parts {@code Agenda}, {@code Deliberation} and {@code Minutes}) and
 * {@code Circulation} (package-private, with their repositories). Owns the {@code committee_*},
 * {@code agenda_*}, {@code meeting_attendance}, {@code interest_declaration}, {@code
 * item_decision}, {@code circulation*}, {@code association_membership}, {@code quorum_rule} and
 * {@code delegated_*} tables.
 *
 * <p>Writes decisions back through {@link org.cppp.application.FundingApplications#decide} in the
 * same transaction (and a variation request's, circulated or on a meeting's agenda, through {@link
 * org.cppp.application.ApplicationVariations#decide}), which asks this module (as {@link
 * org.cppp.application.DecisionAuthorities}, implemented by {@code DecisionRoutes}) to verify each
 * decision's authority; publishes {@link org.cppp.committee.CommitteeDecisionRecorded}; listens to
 * {@link org.cppp.application.ApplicationStatusChanged} to take a decided or withdrawn application
 * off the agendas of meetings not yet held, and to {@link org.cppp.application.VariationDecided} to
 * take a variation request decided by another route off them too; hides recused members'
 * applications (as {@link org.cppp.application.ApplicationVisibility}) and counts meetings for the
 * report (as {@link org.cppp.reporting.MeetingFigures}). Reads what its own rules need of other
 * modules through the reads meant for it ({@link org.cppp.application.ApplicationParties}, {@link
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
