package org.cppp.outreach;

/**
 * What a registration got. A new one is {@link RegistrationStatus#UNCONFIRMED}: its secret link
 * goes only to the e-mail address given, never back to whoever sent the form.
 */
public record RegistrationResult(long activityId, RegistrationStatus status) {}
