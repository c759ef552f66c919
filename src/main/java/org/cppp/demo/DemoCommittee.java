package org.cppp.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cppp.application.ApplicationFigures;
import org.cppp.application.ApplicationQuery;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.FundingApplications;
import org.cppp.committee.AttendanceStatus;
import org.cppp.committee.CommitteeMembers;
import org.cppp.committee.MeetingAgendas;
import org.cppp.committee.MeetingAttendance;
import org.cppp.committee.MeetingMinutes;
import org.cppp.committee.MeetingView;
import org.cppp.committee.Meetings;
import org.cppp.committee.MemberView;
import org.cppp.committee.NewMeeting;
import org.cppp.committee.NewMember;
import org.cppp.committee.Position;
import org.cppp.shared.FinancialYear;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's Project Management Committee: its members with their organisations and terms, the four
 * meetings of every year since launch (held, minuted, each confirmed at the next) recording the
 * decisions dated that day, and the next meeting with the applications ready for it.
 */
@Component
class DemoCommittee {

  static final String VENUE = "Environmental Protection Department, Revenue Tower, Wan Chai";
  static final LocalDate TERM_FROM = LocalDate.of(2008, 4, 1);
  static final LocalDate TERM_TO = LocalDate.of(2028, 3, 31);

  /** Username, organisation, position. */
  static final String[][] MEMBERS = {
    {"pmc-chair", "ACADEMIC", "CHAIR"},
    {"pmc-hkgcc", "HKGCC", "DEPUTY_CHAIR"},
    {"pmc-fhki", "FHKI", "MEMBER"},
    {"pmc-cma", "CMA", "MEMBER"},
    {"pmc-cgcc", "CGCC", "MEMBER"},
    {"pmc-epd", "EPD", "MEMBER"},
    {"pmc-tid", "TID", "MEMBER"},
    {"pmc-academic", "ACADEMIC", "MEMBER"}
  };

  private final CommitteeMembers members;
  private final Meetings meetings;
  private final MeetingAgendas agendas;
  private final MeetingAttendance attendance;
  private final MeetingMinutes minutes;
  private final FundingApplications applications;
  private final ApplicationFigures figures;
  private final Clock clock;

  DemoCommittee(
      CommitteeMembers members,
      Meetings meetings,
      MeetingAgendas agendas,
      MeetingAttendance attendance,
      MeetingMinutes minutes,
      FundingApplications applications,
      ApplicationFigures figures,
      Clock clock) {
    this.members = members;
    this.meetings = meetings;
    this.agendas = agendas;
    this.attendance = attendance;
    this.minutes = minutes;
    this.applications = applications;
    this.figures = figures;
    this.clock = clock;
  }

  void seed() {
    List<MemberView> appointed = new ArrayList<>();
    for (String[] m : MEMBERS) {
      appointed.add(
          members.appoint(
              new NewMember(
                  m[0], m[1], Position.valueOf(m[2]), TERM_FROM, TERM_TO, List.of(), List.of())));
    }
    MeetingView previous = null;
    for (Map.Entry<FinancialYear, List<LocalDate>> year :
        new TreeMap<>(SeedFigures.MEETINGS).entrySet()) {
      for (int i = 0; i < year.getValue().size(); i++) {
        MeetingView held = held(year.getKey(), i + 1, year.getValue().get(i), appointed);
        if (previous != null) {
          minutes.confirm(previous.id(), held.id());
        }
        previous = held;
      }
    }
    next(appointed);
  }

  private MeetingView held(
      FinancialYear year, int number, LocalDate date, List<MemberView> appointed) {
    MeetingView meeting =
        meetings.schedule(
            new NewMeeting(
                "PMC " + year.label() + " No. " + number,
                "Project Management Committee meeting",
                date,
                LocalTime.of(14, 30),
                VENUE,
                null,
                null));
    agendas.addMatter(meeting.id(), "Progress of the Programme", "Report by the programme team.");
    agendas.addMatter(meeting.id(), "Funding applications", decisionsOn(date));
    meetings.circulatePapers(meeting.id());
    meetings.markHeld(meeting.id());
    for (int i = 0; i < appointed.size(); i++) {
      AttendanceStatus status =
          (i + number) % 5 == 0 ? AttendanceStatus.APOLOGIES : AttendanceStatus.PRESENT;
      attendance.recordAttendance(meeting.id(), appointed.get(i).id(), status);
    }
    return minutes.draft(meeting.id(), Locale.ENGLISH);
  }

  /** The applications decided on a meeting's date, by scheme and outcome, as its paper says. */
  private String decisionsOn(LocalDate date) {
    StringBuilder paper = new StringBuilder("Decisions recorded for this meeting: ");
    for (ApplicationFigures.DecisionCount decided : figures.decisionsOn(date)) {
      paper
          .append(decided.scheme())
          .append(' ')
          .append(decided.outcome())
          .append(": ")
          .append(decided.applications())
          .append("; ");
    }
    return paper.toString();
  }

  /** The next meeting, a month from now, with the applications ready for the committee. */
  private void next(List<MemberView> appointed) {
    LocalDate date = LocalDate.now(clock).plusMonths(1);
    MeetingView meeting =
        meetings.schedule(
            new NewMeeting(
                "PMC " + FinancialYear.containing(date).label() + " No. 1",
                "Project Management Committee meeting",
                date,
                LocalTime.of(14, 30),
                VENUE,
                null,
                date.minusDays(3)));
    ApplicationQuery ready =
        new ApplicationQuery(
            null, ApplicationStatus.READY_FOR_COMMITTEE, null, null, null, null, null, null);
    applications
        .search(ready, PageRequest.of(0, 20))
        .forEach(a -> agendas.addApplication(meeting.id(), a.reference()));
    meetings.circulatePapers(meeting.id());
  }
}
