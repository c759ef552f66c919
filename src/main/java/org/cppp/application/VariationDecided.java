package org.cppp.application;

/**
 * Published, in the deciding transaction, when a variation request is approved or refused, by
 * whichever route (a meeting's item, a circulation, a delegated authority).
 */
public record VariationDecided(String reference, long variationId, DecisionOutcome outcome) {}
