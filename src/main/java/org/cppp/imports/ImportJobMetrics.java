package org.cppp.imports;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code cppp.jobs{kind=import, state=running}}: imports being validated or written. */
@Component
class ImportJobMetrics implements MeterBinder {

  private final ImportJobs jobs;

  ImportJobMetrics(ImportJobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("cppp.jobs", jobs, ImportJobs::running)
        .tag("kind", "import")
        .tag("state", "running")
        .description("Background jobs by kind and state")
        .register(registry);
  }
}
