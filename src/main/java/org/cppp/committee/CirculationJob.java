package org.cppp.committee;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cppp.platform.ClockConfiguration;
import org.cppp.platform.LogText;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour closes the circulations that are due. One that cannot be recorded (e.g. the budget
 * cannot cover the approval) stays open for an officer, and is logged.
 */
@Component
class CirculationJob {

  private static final Logger log = LoggerFactory.getLogger(CirculationJob.class);

  private final Circulations circulations;

  CirculationJob(Circulations circulations) {
    this.circulations = circulations;
  }

  @Scheduled(
      cron = "${cppp.committee.circulation-cron:0 5 * * * *}",
      zone = ClockConfiguration.ZONE)
  @SchedulerLock(name = "committee.circulation")
  void run() {
    SystemActor.run(
        () -> {
          for (Long id : circulations.due()) {
            try {
              circulations.close(id);
            } catch (RuleViolation | StateConflict e) {
              log.warn("Circulation {} could not be closed: {}", id, LogText.clean(e.getMessage()));
            }
          }
        });
  }
}
