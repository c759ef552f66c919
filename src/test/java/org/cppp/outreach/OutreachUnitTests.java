package org.cppp.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.cppp.platform.ClockConfiguration;
import org.cppp.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class OutreachUnitTests {

  private static final ZoneId HONG_KONG = ZoneId.of(ClockConfiguration.ZONE);

  @Test
  void workingDaysSkipWeekends() {
    LocalDate friday = LocalDate.of(2026, 1, 9);
    assertThat(WorkingDays.between(friday, friday)).isZero();
    assertThat(WorkingDays.between(friday, friday.plusDays(3))).isEqualTo(1);
    assertThat(WorkingDays.between(friday, friday.plusDays(7))).isEqualTo(5);
  }

  @Test
  void anEnquiryOpenLongerThanTheSlaIsOverdue() {
    Instant monday = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, HONG_KONG).toInstant();
    Enquiry enquiry =
        new Enquiry(
            new EnquiryCommand(
                EnquiryChannel.PHONE, "Funding", "A", null, null, null, null, "How?", monday, null),
            monday);
    Instant wednesday = monday.plusSeconds(2 * 86_400);
    Instant thursday = monday.plusSeconds(3 * 86_400);
    assertThat(enquiry.view(at(wednesday), 2).overdue()).isFalse();
    assertThat(enquiry.view(at(thursday), 2).overdue()).isTrue();
    enquiry.answer("Like this.", thursday);
    assertThat(enquiry.view(at(thursday.plusSeconds(86_400 * 10)), 2).overdue()).isFalse();
    assertThat(enquiry.view(at(thursday), 2).timeToAnswer().toDays()).isEqualTo(3);
  }

  @Test
  void attendanceCsvReadsEmailsNamesAndSkipsTheHeader() {
    List<Attendee> attendees =
        AttendanceCsv.parse(
            "email,name,company,br\nann@example.com,Ann,Acme,12345678\n\nBen Walk-in\n");
    assertThat(attendees).hasSize(2);
    assertThat(attendees.get(0).factoryBr()).isEqualTo("12345678");
    assertThat(attendees.get(1).email()).isNull();
    assertThat(attendees.get(1).name()).isEqualTo("Ben Walk-in");
  }

  @Test
  void attendanceCsvRefusesABadBrNumber() {
    assertThatThrownBy(() -> AttendanceCsv.parse("ann@example.com,Ann,Acme,12AB"))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void uploadsAreCheckedByTheirBytesNotTheirName() {
    Upload pdf = new Upload("guide.pdf", "%PDF-1.4 hello".getBytes());
    Upload fake = new Upload("guide.pdf", "<html>".getBytes());
    Upload png =
        new Upload("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1});
    assertThat(FileKind.check(pdf, EnumSet.of(FileKind.PDF), 100, "file")).isEqualTo(FileKind.PDF);
    assertThatThrownBy(() -> FileKind.check(fake, EnumSet.of(FileKind.PDF), 100, "file"))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> FileKind.check(pdf, EnumSet.of(FileKind.PDF), 5, "file"))
        .isInstanceOf(RuleViolation.class);
    assertThat(FileKind.check(png, EnumSet.of(FileKind.PNG, FileKind.JPEG), 100, "photo"))
        .isEqualTo(FileKind.PNG);
  }

  @Test
  void aSiteVisitWithoutItsDemonstrationProjectIsKeptUnlinked() {
    ActivityCommand visit =
        OutreachFixtures.activity(ActivityType.SITE_VISIT, LocalDate.of(2011, 5, 1), null, true);
    ActivityCommand withoutRef =
        new ActivityCommand(
            visit.type(),
            visit.titleEn(),
            visit.titleZh(),
            null,
            visit.heldOn(),
            null,
            "DONGGUAN",
            null,
            List.of(),
            null,
            false,
            true,
            20,
            null,
            null);
    assertThat(new Activity(withoutRef).participants(0)).isEqualTo(20L);
    assertThat(new Activity(visit).participants(0)).isZero();
    ActivityCommand seminar =
        OutreachFixtures.activity(ActivityType.SEMINAR, LocalDate.of(2011, 5, 1), null, true);
    assertThatThrownBy(
            () ->
                new Activity(
                    new ActivityCommand(
                        seminar.type(),
                        seminar.titleEn(),
                        seminar.titleZh(),
                        null,
                        seminar.heldOn(),
                        null,
                        "DONGGUAN",
                        null,
                        List.of(),
                        null,
                        false,
                        true,
                        20,
                        null,
                        "APP-2010-00012")))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void participantsAreTheAttendanceElseTheRecordedCount() {
    ActivityCommand seminar =
        new ActivityCommand(
            ActivityType.SEMINAR,
            "S",
            "S",
            null,
            LocalDate.of(2011, 5, 1),
            null,
            "HONG_KONG",
            null,
            List.of(),
            null,
            false,
            false,
            70,
            null,
            null);
    Activity activity = new Activity(seminar);
    assertThat(activity.participants(0)).isEqualTo(70);
    assertThat(activity.participants(12)).isEqualTo(12);
  }

  private static Clock at(Instant now) {
    return Clock.fixed(now, HONG_KONG);
  }
}
