package org.cppp.outreach;

/** What the holder of a cancel link sees: the activity and the registration's state. */
public record PublicRegistration(
    long activityId, String activityTitleEn, String activityTitleZh, RegistrationStatus status) {}
