package org.cppp.outreach;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cppp.platform.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour expires the event registrations whose mailed link was never confirmed in time. */
@Component
class UnconfirmedRegistrationJob {

  private final EventRegistrations registrations;

  UnconfirmedRegistrationJob(EventRegistrations registrations) {
    this.registrations = registrations;
  }

  @Scheduled(fixedDelayString = "${cppp.outreach.expiry-every:PT1H}", initialDelay = 60_000)
  @SchedulerLock(name = "outreach.unconfirmed-registrations")
  void run() {
    SystemActor.run(registrations::expireUnconfirmed);
  }
}
