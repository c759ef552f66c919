/**
 * Tiny value types and exceptions every module may use: {@link org.cppp.shared.FinancialYear},
 * {@link org.cppp.shared.NotFoundException}, {@link org.cppp.shared.RuleViolation}, {@link
 * org.cppp.shared.StateConflict}. No Spring beans, no persistence.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cppp.shared;
