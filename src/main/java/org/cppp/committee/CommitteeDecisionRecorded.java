package org.cppp.committee;

import org.cppp.application.DecisionOutcome;

/** The committee decided on an application (at a meeting or by circulation). */
public record CommitteeDecisionRecorded(
    String applicationRef, String factoryBr, DecisionOutcome outcome) {}
