package org.cppp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.cppp.application.ApplicationFigures;
import org.cppp.outreach.OutreachFigures;
import org.cppp.platform.SystemActor;
import org.cppp.provider.Providers;
import org.cppp.recognition.RecognitionCycles;
import org.cppp.shared.FinancialYear;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The committee's meetings reach the report through the {@link MeetingFigures} SPI: with an
 * implementation the year's dates are asked for; with none the figure is 0 and not recorded.
 */
@IntegrationTest
class MeetingFiguresTests {

  @Autowired ApplicationFigures applications;
  @Autowired Providers providers;
  @Autowired OutreachFigures outreach;
  @Autowired RecognitionCycles recognition;
  @Autowired ReportOutcomes outcomes;
  @Autowired Clock clock;

  /** A committee that met on the 1st of every month and asks nothing else. */
  static final class MonthlyMeetings implements MeetingFigures {
    LocalDate askedFrom;
    LocalDate askedTo;

    @Override
    public long meetingsHeld(LocalDate from, LocalDate to) {
      askedFrom = from;
      askedTo = to;
      long n = 0;
      for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
        n += d.isBefore(from) ? 0 : 1;
      }
      return n;
    }
  }

  ProgressReports reports(MeetingFigures meetings) {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    if (meetings != null) {
      beans.registerSingleton("meetings", meetings);
    }
    return new ProgressReports(
        applications,
        providers,
        outreach,
        recognition,
        beans.getBeanProvider(MeetingFigures.class),
        outcomes,
        clock);
  }

  @Test
  void meetingsOfTheYearComeFromTheCommitteesImplementation() {
    MonthlyMeetings committee = new MonthlyMeetings();
    ProgressReport report =
        SystemActor.call(
            () -> reports(committee).report(FinancialYear.of(2093), LocalDate.of(2093, 9, 15)));
    assertThat(committee.askedFrom).isEqualTo(LocalDate.of(2093, 4, 1));
    assertThat(committee.askedTo).isEqualTo(LocalDate.of(2093, 9, 15));
    assertThat(report.committee().meetingsInYear()).isEqualTo(6);
    assertThat(report.committee().recorded()).isTrue();
  }

  @Test
  void withoutACommitteeModuleMeetingsAreNotRecorded() {
    ProgressReport report =
        SystemActor.call(() -> reports(null).report(FinancialYear.of(2093), null));
    assertThat(report.committee().meetingsInYear()).isZero();
    assertThat(report.committee().recorded()).isFalse();
  }
}
