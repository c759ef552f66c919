package org.cppp.recognition;

import java.time.Instant;
import java.util.List;

/** A nomination as staff see it, with contact, evidence and assessment. */
public record NominationView(
    long id,
    int year,
    String nomineeNameEn,
    String nomineeNameZh,
    String category,
    String factoryBr,
    String providerCode,
    String contactName,
    String contactEmail,
    String contactPhone,
    List<EvidenceItem> evidence,
    String source,
    Outcome outcome,
    String grade,
    Integer score,
    String comments,
    String submittedBy,
    Instant submittedAt,
    String assessedBy,
    Instant assessedAt) {}
