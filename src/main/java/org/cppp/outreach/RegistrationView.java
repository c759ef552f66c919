package org.cppp.outreach;

import java.time.Instant;

/** A registration as officers see it (contact details are for staff only). */
public record RegistrationView(
    long id,
    String name,
    String company,
    String factoryBr,
    String email,
    String phone,
    RegistrationStatus status,
    Instant registeredAt,
    boolean attended) {}
