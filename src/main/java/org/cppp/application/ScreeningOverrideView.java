package org.cppp.application;

import java.time.Instant;
import org.cppp.application.ScreeningReport.Check;

/** A failed screening check an officer let through to the committee, and why. */
public record ScreeningOverrideView(
    String reference, Check check, String reason, String overriddenBy, Instant overriddenAt) {}
