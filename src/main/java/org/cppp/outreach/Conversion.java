package org.cppp.outreach;

import java.util.List;

/**
 * How many attending factories (those that gave a BR number) applied for funding after the
 * activity, and which.
 */
public record Conversion(int factoriesAttending, int factoriesApplied, List<String> appliedBrs) {}
