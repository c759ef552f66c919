package org.cppp.outreach;

/**
 * What a registration got: a seat or a place on the waiting list, and the secret token of its
 * cancel link.
 */
public record RegistrationResult(long activityId, RegistrationStatus status, String token) {}
