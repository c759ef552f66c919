package org.cppp.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cppp.application.TimelineEntry.Milestone;
import org.cppp.funding.Budget;
import org.springframework.stereotype.Component;

/**
 * An application's timeline: its status changes, overrides of failed screening checks, the steps of
 * its deliverables, the signed verification of its result and the payments to its factory (only for
 * those who may see what the factory was paid, {@link ApplicationPolicy#maySeePayments}), in the
 * order they were recorded (status changes keep their own order among themselves).
 */
@Component
class ApplicationTimeline {

  private final DeliverableRepository deliverables;
  private final ScreeningOverrideRepository overrides;
  private final CompletionGate completion;
  private final Budget budget;

  ApplicationTimeline(
      DeliverableRepository deliverables,
      ScreeningOverrideRepository overrides,
      CompletionGate completion,
      Budget budget) {
    this.deliverables = deliverables;
    this.overrides = overrides;
    this.completion = completion;
    this.budget = budget;
  }

  List<TimelineEntry> of(FundingApplication application, ApplicationPolicy.Scope scope) {
    List<TimelineEntry> others = new ArrayList<>();
    deliverables.findByApplicationIdOrderByIdAsc(application.id()).stream()
        .flatMap(d -> d.timeline().stream())
        .forEach(others::add);
    overrides.findByApplicationIdOrderByIdAsc(application.id()).stream()
        .map(ScreeningOverride::timelineEntry)
        .forEach(others::add);
    completion.signed(application).map(ApplicationTimeline::verified).ifPresent(others::add);
    if (ApplicationPolicy.maySeePayments(scope, application)) {
      others.addAll(payments(application.reference()));
    }
    others.sort(Comparator.comparing(TimelineEntry::recordedAt));
    return merged(application.timeline(), others);
  }

  private static TimelineEntry verified(SignedVerifications.Signed signed) {
    return TimelineEntry.milestone(
        signed.legacy() ? Milestone.LEGACY_RESULT : Milestone.VERIFICATION_SIGNED,
        signed.signedOn(),
        signed.signedBy(),
        "",
        signed.recordedAt(),
        signed.costSavingHkdPerYear());
  }

  private List<TimelineEntry> payments(String reference) {
    return ApplicationPayments.paid(budget, reference).stream()
        .map(
            e ->
                TimelineEntry.milestone(
                    Milestone.PAYMENT,
                    e.effectiveOn(),
                    e.actor(),
                    e.invoiceRef() == null ? "" : e.invoiceRef(),
                    e.recordedAt(),
                    e.amountHkd()))
        .toList();
  }

  private static List<TimelineEntry> merged(
      List<TimelineEntry> status, List<TimelineEntry> others) {
    List<TimelineEntry> merged = new ArrayList<>(status.size() + others.size());
    int o = 0;
    for (TimelineEntry change : status) {
      while (o < others.size() && others.get(o).recordedAt().isBefore(change.recordedAt())) {
        merged.add(others.get(o++));
      }
      merged.add(change);
    }
    merged.addAll(others.subList(o, others.size()));
    return merged;
  }
}
