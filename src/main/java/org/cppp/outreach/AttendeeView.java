package org.cppp.outreach;

/** One attendee as officers see it. */
public record AttendeeView(
    long id, String name, String company, String factoryBr, String email, boolean walkIn) {}
