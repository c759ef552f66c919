package org.cppp.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cppp.platform.CachedFigures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code cppp.applications{status}}: applications by status; {@code cppp.applications.overdue}:
 * approved or in progress past their due date. One grouped count on the status index, kept for
 * {@code cppp.metrics.cache-for}.
 */
@Component
class ApplicationMetrics implements MeterBinder {

  private static final String OVERDUE = "OVERDUE";

  private final CachedFigures<Map<String, Long>> counts;

  ApplicationMetrics(
      JdbcClient jdbc, Clock clock, @Value("${cppp.metrics.cache-for:30s}") Duration cacheFor) {
    this.counts = new CachedFigures<>(cacheFor, () -> count(jdbc, LocalDate.now(clock)));
  }

  private static Map<String, Long> count(JdbcClient jdbc, LocalDate today) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql("select status, count(*) n from funding_application group by status")
        .query((RowCallbackHandler) rs -> counts.put(rs.getString("status"), rs.getLong("n")));
    counts.put(
        OVERDUE,
        jdbc.sql(
                "select count(*) from funding_application"
                    + " where status in ('APPROVED', 'IN_PROGRESS') and due_on < ?")
            .param(today)
            .query(Long.class)
            .single());
    return counts;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (ApplicationStatus status : ApplicationStatus.values()) {
      Gauge.builder("cppp.applications", counts, c -> c.get().getOrDefault(status.name(), 0L))
          .tag("status", status.name())
          .description("Applications by status")
          .register(registry);
    }
    Gauge.builder("cppp.applications.overdue", counts, c -> c.get().getOrDefault(OVERDUE, 0L))
        .description("Approved or in-progress applications past their due date")
        .register(registry);
  }
}
