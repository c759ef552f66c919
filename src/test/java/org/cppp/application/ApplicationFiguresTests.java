package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uses decision dates in 2090s financial years so other tests' data cannot disturb the counts. */
@IntegrationTest
class ApplicationFiguresTests {

  @Autowired HistoricalApplications history;
  @Autowired ApplicationFigures figures;
  @Autowired Fixtures fixtures;

  void record(
      String br, Scheme scheme, ApplicationStatus status, LocalDate submitted, LocalDate decided) {
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    "F-" + UUID.randomUUID().toString().substring(0, 8),
                    scheme,
                    br,
                    null,
                    new BigDecimal("10000.00"),
                    submitted,
                    status,
                    decided,
                    Scheme.DEMONSTRATION_PROJECT.equals(scheme)
                        ? TechnologyCategory.EFFLUENT_REDUCTION
                        : null,
                    "Figures")));
  }

  @Test
  void approvalsCountInTheYearOfTheDecisionAsAtADate() {
    String br = fixtures.eligibleFactory();
    record(
        br,
        Scheme.ON_SITE_ASSESSMENT,
        ApplicationStatus.APPROVED,
        LocalDate.of(2095, 1, 10),
        LocalDate.of(2095, 3, 30));
    record(
        br,
        Scheme.ON_SITE_ASSESSMENT,
        ApplicationStatus.COMPLETED,
        LocalDate.of(2095, 3, 1),
        LocalDate.of(2095, 4, 1));
    record(
        br,
        Scheme.VERIFICATION,
        ApplicationStatus.WITHDRAWN,
        LocalDate.of(2095, 5, 1),
        LocalDate.of(2095, 6, 1));
    record(
        br,
        Scheme.VERIFICATION,
        ApplicationStatus.REJECTED,
        LocalDate.of(2095, 5, 1),
        LocalDate.of(2095, 6, 1));
    record(
        br,
        Scheme.DEMONSTRATION_PROJECT,
        ApplicationStatus.APPROVED,
        LocalDate.of(2095, 8, 1),
        LocalDate.of(2095, 12, 1));

    ApprovalTable table =
        SystemActor.call(
            () ->
                figures.approvals(
                    FinancialYear.of(2094), FinancialYear.of(2095), LocalDate.of(2096, 3, 31)));
    assertThat(table.rows().get(0).byYear()).containsExactly(1L, 1L);
    assertThat(table.rows().get(1).byYear()).containsExactly(0L, 1L);
    assertThat(table.rows().get(2).byYear()).containsExactly(0L, 1L);
    assertThat(table.approvedInLastYear()).isEqualTo(3);
    assertThat(table.cumulative()).isEqualTo(4);

    ApprovalTable midYear =
        SystemActor.call(
            () ->
                figures.approvals(
                    FinancialYear.of(2094), FinancialYear.of(2095), LocalDate.of(2095, 9, 30)));
    assertThat(midYear.approvedInLastYear()).isEqualTo(2);
  }
}
