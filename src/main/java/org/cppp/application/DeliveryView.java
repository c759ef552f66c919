package org.cppp.application;

import java.util.List;
import java.util.Set;

/**
 * An application's delivery as the current user may act on it: its deliverables, the kinds they may
 * hand in now (none if they may not), which files they may replace, whether they review, and what
 * completion still waits for.
 */
public record DeliveryView(
    List<DeliverableView> deliverables,
    List<DeliverableKind> uploadable,
    Set<Long> replaceable,
    boolean reviewer,
    CompletionReadiness completion) {

  /** Whether the current user may replace this deliverable's file now. */
  public boolean mayReplace(DeliverableView deliverable) {
    return replaceable.contains(deliverable.id());
  }

  /** Whether the current user may accept or return this deliverable now. */
  public boolean mayReview(DeliverableView deliverable) {
    return reviewer && deliverable.status() == DeliverableStatus.SUBMITTED;
  }
}
