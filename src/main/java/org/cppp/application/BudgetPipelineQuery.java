package org.cppp.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cppp.funding.BudgetPipeline;
import org.cppp.funding.PipelineStage;
import org.cppp.funding.PipelineStage.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The undecided applications for the budget's forecast: counted and their quoted government shares
 * summed per status in one grouped query (on the status index), never loaded one by one.
 */
@Component
class BudgetPipelineQuery implements BudgetPipeline {

  /** Before the committee: to be screened, or back in screening. */
  static final Set<ApplicationStatus> SCREENING =
      EnumSet.of(
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.SCREENING,
          ApplicationStatus.RETURNED_FOR_INFORMATION,
          ApplicationStatus.DEFERRED);

  /** Screened, for the committee's agendas. */
  static final Set<ApplicationStatus> COMMITTEE = EnumSet.of(ApplicationStatus.READY_FOR_COMMITTEE);

  private final JdbcClient jdbc;

  BudgetPipelineQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PipelineStage> stages() {
    String[] statuses =
        java.util.stream.Stream.concat(SCREENING.stream(), COMMITTEE.stream())
            .map(Enum::name)
            .toArray(String[]::new);
    return jdbc.sql(
            "select status, count(*) as applications,"
                + " coalesce(sum(government_share_hkd), 0) as share from funding_application"
                + " where status = any(cast(? as text[])) group by status")
        .param(statuses)
        .query(
            (rs, n) ->
                new PipelineStage(
                    stage(ApplicationStatus.valueOf(rs.getString("status"))),
                    rs.getLong("applications"),
                    rs.getBigDecimal("share").setScale(2)))
        .list();
  }

  private static Stage stage(ApplicationStatus status) {
    return COMMITTEE.contains(status) ? Stage.COMMITTEE : Stage.SCREENING;
  }
}
