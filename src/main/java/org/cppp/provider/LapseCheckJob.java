package org.cppp.provider;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cppp.platform.ClockConfiguration;
import org.cppp.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night flags the Guangdong-based providers whose GDEIC registration has lapsed, so officers
 * can remove them from the list (and unflags those renewed meanwhile).
 */
@Component
class LapseCheckJob {

  private static final Logger log = LoggerFactory.getLogger(LapseCheckJob.class);

  private final Providers providers;
  private final Clock clock;

  LapseCheckJob(Providers providers, Clock clock) {
    this.providers = providers;
    this.clock = clock;
  }

  @Scheduled(cron = "${cppp.provider.lapse-cron:0 15 2 * * *}", zone = ClockConfiguration.ZONE)
  @SchedulerLock(name = "provider.lapse-check")
  void run() {
    int flagged = SystemActor.call(() -> providers.flagLapsedRegistrations(LocalDate.now(clock)));
    if (flagged > 0) {
      log.info("GDEIC lapse check: {} provider(s) newly flagged for removal", flagged);
    }
  }
}
