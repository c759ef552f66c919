package org.cppp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.cppp.identity.Role;
import org.cppp.shared.FinancialYear;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Reporting with the modules it reads (applications, providers, outreach, recognition, funding,
 * verification and what they need), without the committee, which depends on it: the progress report
 * counts the year's approvals, providers and activities from those modules' facades, and the
 * meetings held from the committee's {@link MeetingFigures}, stood in for here.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@DirtiesContext
@Import({TestAccounts.class, Fixtures.class})
class ReportingModuleTests {

  static final FinancialYear YEAR = FinancialYear.of(ReportFixtures.YEAR);

  @MockitoBean MeetingFigures meetings;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired ApplicationContext context;
  @Autowired ProgressReports reports;

  @Test
  void theProgressReportCountsTheYearFromTheModulesItReadsAndOnlyStaffReadIt() {
    new ReportFixtures(context).programme();
    when(meetings.meetingsHeld(any(), any())).thenReturn(3L);
    String officer = accounts.create(Role.OFFICER);
    LocalDate asAt = LocalDate.of(2035, 3, 31);

    ProgressReport report = accounts.as(officer, () -> reports.report(YEAR, asAt));

    assertThat(report.financialYear()).isEqualTo("2034/35");
    assertThat(report.approvals().approvedInYear()).isEqualTo(4);
    assertThat(report.providers().joinedInYear()).isEqualTo(2);
    assertThat(report.providers().removedInYear()).isEqualTo(1);
    assertThat(report.awareness().activitiesInYear()).isEqualTo(2);
    assertThat(report.awareness().participantsInYear()).isEqualTo(65);
    assertThat(report.committee().meetingsInYear()).isEqualTo(3);
    assertThat(report.committee().recorded()).isTrue();
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> accounts.as(applicant, () -> reports.report(YEAR, asAt)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
