package org.cppp.provider;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cppp.platform.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour deletes the applications to join the register whose mailed link was never confirmed in
 * time, so what the public sent but never confirmed (a certificate, a contact) is not kept.
 */
@Component
class UnconfirmedApplicationJob {

  private final ProviderApplications applications;

  UnconfirmedApplicationJob(ProviderApplications applications) {
    this.applications = applications;
  }

  @Scheduled(
      fixedDelayString = "${cppp.provider.application-sweep-every:PT1H}",
      initialDelay = 60_000)
  @SchedulerLock(name = "provider.unconfirmed-applications")
  void run() {
    SystemActor.run(applications::deleteUnconfirmed);
  }
}
