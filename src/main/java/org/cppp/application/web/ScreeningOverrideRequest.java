package org.cppp.application.web;

import java.util.Set;
import org.cppp.application.ScreeningReport.Check;

/**
 * An officer's override of failed screening checks: the checks (none: every failing one) and why.
 */
record ScreeningOverrideRequest(Set<Check> checks, String reason) {}
