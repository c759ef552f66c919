package org.cppp.platform;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MailDispatcher} every few seconds and purges old rows nightly. Tests switch it
 * off ({@code cppp.mail.dispatch.scheduled=false}) and dispatch themselves, so they decide when.
 */
@Component
@ConditionalOnProperty(name = "cppp.mail.dispatch.scheduled", matchIfMissing = true)
class MailDispatchSchedule {

  private final MailDispatcher dispatcher;
  private final Duration retention;

  MailDispatchSchedule(
      MailDispatcher dispatcher, @Value("${cppp.mail.retention:P90D}") Duration retention) {
    this.dispatcher = dispatcher;
    this.retention = retention;
  }

  // No lock: every instance dispatches, each claims its own rows (FOR UPDATE SKIP LOCKED), so two
  // instances share the outbox's work instead of one waiting for the other; a mail goes out once.
  @Scheduled(fixedDelayString = "${cppp.mail.dispatch-every:PT10S}", initialDelay = 10_000)
  void dispatch() {
    dispatcher.dispatchDue();
  }

  @Scheduled(cron = "${cppp.mail.purge-cron:0 30 3 * * *}", zone = ClockConfiguration.ZONE)
  @SchedulerLock(name = "platform.mail-purge")
  void purge() {
    dispatcher.purgeOlderThan(retention);
  }
}
