package org.cppp.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.committee.AttendanceStatus;
import org.cppp.committee.CommitteeMembers;
import org.cppp.committee.DelegatedAuthority;
import org.cppp.committee.MeetingAttendance;
import org.cppp.committee.MeetingMinutes;
import org.cppp.committee.MeetingView;
import org.cppp.committee.Meetings;
import org.cppp.committee.MemberView;
import org.cppp.committee.NewDelegation;
import org.cppp.committee.NewMeeting;
import org.cppp.committee.NewMember;
import org.cppp.committee.Position;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Delegated authorities as the committee resolves them: a meeting in the recent past (its members
 * sitting on that date alone) is held with its quorum, resolves the authority and has its minutes
 * drafted, through the committee's facades.
 */
@TestComponent
public class CommitteeAuthority {

  private static final AtomicInteger DAYS_BACK =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(30, 900));

  private final TestAccounts accounts;
  private final CommitteeMembers members;
  private final Meetings meetings;
  private final MeetingAttendance attendance;
  private final MeetingMinutes minutes;
  private final Clock clock;

  CommitteeAuthority(
      TestAccounts accounts,
      CommitteeMembers members,
      Meetings meetings,
      MeetingAttendance attendance,
      MeetingMinutes minutes,
      Clock clock) {
    this.accounts = accounts;
    this.members = members;
    this.meetings = meetings;
    this.attendance = attendance;
    this.minutes = minutes;
    this.clock = clock;
  }

  /** An authority in force today, for 30 more days, over these schemes up to {@code maxHkd}. */
  public DelegatedAuthority inForce(String maxHkd, Scheme... schemes) {
    return resolved(maxHkd, today().plusDays(30), true, schemes);
  }

  /**
   * An authority resolved at a held, quorate meeting in the recent past, valid until {@code until};
   * minuted (so in force) or not.
   */
  public DelegatedAuthority resolved(
      String maxHkd, LocalDate until, boolean minuted, Scheme... schemes) {
    LocalDate date = today().minusDays(DAYS_BACK.getAndIncrement());
    MeetingView meeting = heldMeeting(date);
    return SystemActor.call(
        () -> {
          DelegatedAuthority authority =
              meetings.grantDelegation(
                  meeting.id(),
                  new NewDelegation(
                      List.of(schemes),
                      new BigDecimal(maxHkd),
                      until.isAfter(date) ? until : date.plusDays(1),
                      "Officers may decide small applications between meetings."));
          if (minuted) {
            minutes.draft(meeting.id(), Locale.ENGLISH);
          }
          return meetings.delegation(authority.id());
        });
  }

  /** A meeting on {@code date}, held with a chair and two members present (quorate). */
  public MeetingView heldMeeting(LocalDate date) {
    List<MemberView> present =
        List.of(
            member(Position.CHAIR, "EPD", date),
            member(Position.MEMBER, "HKGCC", date),
            member(Position.MEMBER, "FHKI", date));
    return SystemActor.call(
        () -> {
          MeetingView meeting =
              meetings.schedule(
                  new NewMeeting(
                      "PMC DA-" + UUID.randomUUID().toString().substring(0, 8),
                      "Delegation",
                      date,
                      LocalTime.of(10, 0),
                      "HKPC Building",
                      null,
                      null));
          meetings.markHeld(meeting.id());
          present.forEach(
              m -> attendance.recordAttendance(meeting.id(), m.id(), AttendanceStatus.PRESENT));
          return meetings.get(meeting.id());
        });
  }

  private MemberView member(Position position, String org, LocalDate date) {
    String username = accounts.create(Role.COMMITTEE);
    return SystemActor.call(
        () ->
            members.appoint(
                new NewMember(username, org, position, date, date, List.of(), List.of())));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
