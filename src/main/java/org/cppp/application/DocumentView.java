package org.cppp.application;

import java.time.Instant;

/** A supporting document's description (never its content). */
public record DocumentView(
    long id,
    String applicationRef,
    DocumentKind kind,
    String filename,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
