package org.cppp.factory;

/**
 * Two factories that may be the same one.
 *
 * @param basis {@code NAME} (similar English or Chinese names in one city) or {@code ADDRESS} (a
 *     very similar address in one city)
 * @param score how similar, in percent
 */
public record PossibleDuplicate(
    FactorySummary factory, FactorySummary other, String basis, int score) {}
