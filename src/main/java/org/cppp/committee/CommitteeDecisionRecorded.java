package org.cppp.committee;

/** The committee decided on an application (at a meeting or by circulation). */
public record CommitteeDecisionRecorded(String applicationRef, String factoryBr, Outcome outcome) {}
