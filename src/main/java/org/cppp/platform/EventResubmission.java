package org.cppp.platform;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the module events whose listener did not complete: one that threw is marked failed
 * at once; one whose instance died mid-way (or before its listener started) is marked failed by
 * Modulith's staleness monitor once it has been processing, or waiting, longer than {@code
 * spring.modulith.events.staleness.*}. Every minute one instance resubmits the failed ones (each is
 * claimed by one instance only). This replaces Modulith's republish-on-restart, which on several
 * instances would hand a starting instance the events another instance is still handling.
 */
@Component
class EventResubmission {

  private final FailedEventPublications failed;
  private final CompletedEventPublications completed;
  private final Duration keepCompleted;

  EventResubmission(
      FailedEventPublications failed,
      CompletedEventPublications completed,
      @Value("${cppp.events.keep-completed:P7D}") Duration keepCompleted) {
    this.failed = failed;
    this.completed = completed;
    this.keepCompleted = keepCompleted;
  }

  @Scheduled(cron = "${cppp.events.resubmit-cron:30 * * * * *}")
  @SchedulerLock(name = "platform.event-resubmission")
  void resubmitFailed() {
    failed.resubmit(ResubmissionOptions.defaults());
  }

  @Scheduled(cron = "${cppp.events.purge-cron:0 45 3 * * *}", zone = ClockConfiguration.ZONE)
  @SchedulerLock(name = "platform.event-purge")
  void purgeCompleted() {
    completed.deletePublicationsOlderThan(keepCompleted);
  }
}
