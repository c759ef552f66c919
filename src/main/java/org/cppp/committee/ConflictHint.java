package org.cppp.committee;

/**
 * A likely conflict of interest the system can see, for the member to confirm or reject.
 *
 * @param reason {@code ASSOCIATION_FACTORY}, {@code ASSOCIATION_PROVIDER}, {@code LINKED_FACTORY}
 *     or {@code LINKED_PROVIDER}
 * @param key the factory's BR number or the provider's code
 */
public record ConflictHint(long itemId, long memberId, String reason, String key) {}
