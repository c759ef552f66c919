package org.cppp.committee;

import java.time.Instant;

/** A paper (PDF) attached to an agenda item; restricted papers are hidden from recused members. */
public record PaperView(
    long id,
    long itemId,
    String filename,
    boolean restricted,
    long sizeBytes,
    String uploadedBy,
    Instant uploadedAt) {}
