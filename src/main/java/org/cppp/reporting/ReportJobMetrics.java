package org.cppp.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.cppp.platform.BackgroundJobs;
import org.springframework.stereotype.Component;

/** {@code cppp.jobs{kind=report, state=queued|running}}: report jobs waiting and being made. */
@Component
class ReportJobMetrics implements MeterBinder {

  private final ReportJobs jobs;

  ReportJobMetrics(ReportJobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (BackgroundJobs.State status :
        new BackgroundJobs.State[] {BackgroundJobs.State.QUEUED, BackgroundJobs.State.RUNNING}) {
      Gauge.builder("cppp.jobs", jobs, j -> j.count(status))
          .tag("kind", "report")
          .tag("state", status.name().toLowerCase(java.util.Locale.ROOT))
          .description("Background jobs by kind and state")
          .register(registry);
    }
  }
}
