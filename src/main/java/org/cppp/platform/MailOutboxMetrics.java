package org.cppp.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code cppp.mail.outbox{state=pending|failed}}: mails waiting to be sent, and given up on (both
 * counted on V71's partial indexes).
 */
@Component
class MailOutboxMetrics implements MeterBinder {

  private final CachedFigures<Map<String, Long>> counts;

  MailOutboxMetrics(JdbcClient jdbc, @Value("${cppp.metrics.cache-for:30s}") Duration cacheFor) {
    this.counts =
        new CachedFigures<>(
            cacheFor,
            () ->
                jdbc.sql(
                        "select (select count(*) from mail_outbox"
                            + " where sent_at is null and failed_at is null) p,"
                            + " (select count(*) from mail_outbox where failed_at is not null) f")
                    .query(
                        (rs, row) -> Map.of("pending", rs.getLong("p"), "failed", rs.getLong("f")))
                    .single());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String state : new String[] {"pending", "failed"}) {
      Gauge.builder("cppp.mail.outbox", counts, c -> c.get().get(state))
          .tag("state", state)
          .description("Mails in the outbox by state")
          .register(registry);
    }
  }
}
