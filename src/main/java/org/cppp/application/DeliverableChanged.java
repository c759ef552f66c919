package org.cppp.application;

/**
 * Published when a deliverable is uploaded, replaced, accepted or returned.
 *
 * @param comments QA's comments when returned; otherwise empty
 */
public record DeliverableChanged(
    String reference,
    String factoryBr,
    String providerCode,
    DeliverableKind kind,
    DeliverableAction action,
    int revision,
    String comments,
    String actor) {}
