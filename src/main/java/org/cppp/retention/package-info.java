/**
 * Retention of personal data (Hong Kong's Personal Data (Privacy) Ordinance, Cap. 486): the
 * retention rules as data per kind of record (table {@code retention_rule}, V106: a period in
 * months counted from a stated date, and whether personal fields are anonymised or a file's content
 * deleted), changed by administrators; the nightly job that anonymises what is due, batch by batch
 * and once per record, with one audit entry per kind and run; and an officer's export of everything
 * held about one person (by e-mail) or one factory. Every module that keeps personal data
 * contributes a {@link org.cppp.platform.PersonalRecords} bean that anonymises and exports its own
 * records; this module collects them and never reads another module's tables. The audit trail's
 * personal fields are anonymised through {@link org.cppp.audit.AuditTrail}. Owns {@code
 * retention_rule}; publishes {@link org.cppp.retention.RetentionRules}, {@link
 * org.cppp.retention.RetentionRuns} and {@link org.cppp.retention.PersonalDataExports}. Depends on
 * identity (roles), audit, platform and shared.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Retention and personal data",
    allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.cppp.retention;
