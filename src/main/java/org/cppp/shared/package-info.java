/**
 * Tiny value types and exceptions every module may use: {@link org.cppp.shared.FinancialYear},
 * {@link org.cppp.shared.TechnologyCategory}, {@link org.cppp.shared.ApplicantKind}, {@link
 * org.cppp.shared.NotFoundException}, {@link org.cppp.shared.RuleViolation}, {@link
 * org.cppp.shared.StateConflict}; and the one reader of what users type, run at the edge before any
 * arithmetic or storage: {@link org.cppp.shared.DecimalInput} (numbers and money), {@link
 * org.cppp.shared.DateInput} (ISO dates in the programme's range), {@link org.cppp.shared.FileName}
 * and {@link org.cppp.shared.FileSignature} (uploads); {@link org.cppp.shared.LinkTokens} (the
 * secrets of mailed links) and {@link org.cppp.shared.Sha256}; {@link org.cppp.shared.Translations}
 * (which of a name's three languages a reader reads). No Spring beans, no persistence.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cppp.shared;
