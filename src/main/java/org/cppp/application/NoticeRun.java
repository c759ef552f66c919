package org.cppp.application;

/** What one run of the deadline notices did: applications reminded, and escalated as overdue. */
public record NoticeRun(int reminded, int escalated) {}
