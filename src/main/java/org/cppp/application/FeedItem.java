package org.cppp.application;

import java.time.Instant;

/**
 * One item of the activity feed: an application moved to a status, or a deliverable of it moved.
 */
public record FeedItem(
    String applicationRef,
    String factoryBr,
    String messageKey,
    String status,
    String actor,
    Instant occurredAt) {}
