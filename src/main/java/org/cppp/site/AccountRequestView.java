package org.cppp.site;

import java.time.Instant;
import org.cppp.factory.Sector;

/** A request for an applicant account, as officers see it (never the password). */
public record AccountRequestView(
    long id,
    String brNumber,
    String nameEn,
    String nameZh,
    boolean hkOwned,
    String city,
    Sector sector,
    String address,
    String contactPerson,
    String contactPhone,
    String contactEmail,
    String username,
    AccountRequestStatus status,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    Instant submittedAt) {}
