package org.cppp.application;

/**
 * A service level: the days an application may spend in a stage; it is near breaching in the last
 * {@code warningDays} of them.
 */
public record ServiceLevel(ServiceStage stage, int daysAllowed, int warningDays) {}
