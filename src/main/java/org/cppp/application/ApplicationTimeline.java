package org.cppp.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An application's timeline: its status changes, overrides of failed screening checks and the steps
 * of its deliverables, in the order they were recorded (status changes keep their own order among
 * themselves).
 */
@Component
class ApplicationTimeline {

  private final DeliverableRepository deliverables;
  private final ScreeningOverrideRepository overrides;

  ApplicationTimeline(DeliverableRepository deliverables, ScreeningOverrideRepository overrides) {
    this.deliverables = deliverables;
    this.overrides = overrides;
  }

  List<TimelineEntry> of(FundingApplication application) {
    List<TimelineEntry> status = application.timeline();
    List<TimelineEntry> delivery =
        java.util.stream.Stream.concat(
                deliverables.findByApplicationIdOrderByIdAsc(application.id()).stream()
                    .flatMap(d -> d.timeline().stream()),
                overrides.findByApplicationIdOrderByIdAsc(application.id()).stream()
                    .map(ScreeningOverride::timelineEntry))
            .sorted(Comparator.comparing(TimelineEntry::recordedAt))
            .toList();
    List<TimelineEntry> merged = new ArrayList<>(status.size() + delivery.size());
    int d = 0;
    for (TimelineEntry change : status) {
      while (d < delivery.size() && delivery.get(d).recordedAt().isBefore(change.recordedAt())) {
        merged.add(delivery.get(d++));
      }
      merged.add(change);
    }
    merged.addAll(delivery.subList(d, delivery.size()));
    return merged;
  }
}
