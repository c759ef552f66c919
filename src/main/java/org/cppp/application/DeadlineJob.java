package org.cppp.application;

import org.cppp.platform.ClockConfiguration;
import org.cppp.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning sends the deadline reminders and escalations now due. Running it twice, or on two
 * instances, sends nothing twice: the notices sent are recorded under a unique key.
 */
@Component
class DeadlineJob {

  private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);

  private final Deadlines deadlines;

  DeadlineJob(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Scheduled(cron = "${cppp.deadlines.notice-cron:0 30 7 * * *}", zone = ClockConfiguration.ZONE)
  void run() {
    NoticeRun run = SystemActor.call(deadlines::sendNotices);
    if (run.reminded() + run.escalated() > 0) {
      log.info(
          "Deadline notices: {} reminder(s), {} escalation(s)", run.reminded(), run.escalated());
    }
  }
}
