package org.cppp.retention;

import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cppp.platform.ClockConfiguration;
import org.cppp.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, on one instance, anonymises the personal data whose retention period has ended. */
@Component
class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final RetentionRuns runs;

  RetentionJob(RetentionRuns runs) {
    this.runs = runs;
  }

  @Scheduled(cron = "${cppp.retention.cron:0 40 3 * * *}", zone = ClockConfiguration.ZONE)
  @SchedulerLock(name = "retention.anonymise-due", lockAtMostFor = "PT2H")
  void run() {
    Map<String, Integer> done = SystemActor.call(runs::anonymiseDue);
    log.info("Retention: anonymised {}", done);
  }
}
