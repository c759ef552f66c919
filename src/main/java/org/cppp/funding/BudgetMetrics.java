package org.cppp.funding;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.cppp.platform.CachedFigures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code cppp.budget.hkd{account, figure=budget|committed|available}}: the programme account's
 * budget, committed net of releases, and what approvals may still commit (as {@link
 * BudgetSummary}), summed in one query over its ledger and kept for {@code cppp.metrics.cache-for}.
 */
@Component
class BudgetMetrics implements MeterBinder {

  private final CachedFigures<Map<String, BigDecimal>> figures;

  BudgetMetrics(JdbcClient jdbc, @Value("${cppp.metrics.cache-for:30s}") Duration cacheFor) {
    this.figures =
        new CachedFigures<>(
            cacheFor,
            () ->
                jdbc.sql(
                        "select coalesce(sum(e.amount_hkd) filter (where e.kind = 'COMMITMENT_ADDED'), 0) b,"
                            + " coalesce(sum(case e.kind when 'COMMIT' then e.amount_hkd"
                            + " when 'RELEASE' then -e.amount_hkd else 0 end), 0) c"
                            + " from budget_account a left join budget_entry e on e.account_id = a.id"
                            + " where a.code = ?")
                    .param(Budget.PROGRAMME_ACCOUNT)
                    .query(
                        (rs, row) ->
                            Map.of(
                                "budget", rs.getBigDecimal("b"),
                                "committed", rs.getBigDecimal("c"),
                                "available", rs.getBigDecimal("b").subtract(rs.getBigDecimal("c"))))
                    .single());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String figure : new String[] {"budget", "committed", "available"}) {
      Function<CachedFigures<Map<String, BigDecimal>>, Double> value =
          f -> f.get().get(figure).doubleValue();
      Gauge.builder("cppp.budget.hkd", figures, value::apply)
          .tag("account", Budget.PROGRAMME_ACCOUNT)
          .tag("figure", figure)
          .description("The programme budget, committed and available, in HKD")
          .register(registry);
    }
  }
}
