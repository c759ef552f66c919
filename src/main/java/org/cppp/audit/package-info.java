/**
 * The audit trail: an append-only record of every create, update and state change of the
 * programme's records, with actor and time. Other modules write through {@link
 * org.cppp.audit.AuditTrail} in the same transaction as their change, and show a record's trail on
 * its page. Depends on nothing but Spring.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cppp.audit;
