package org.cppp.verification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A frozen result: written when QA signed the case and at each audited re-computation.
 *
 * @param reason {@code SIGNED}, {@code RECOMPUTED} (or {@code IMPORTED} from legacy records)
 */
public record SnapshotView(
    long id,
    Instant computedAt,
    LocalDate computedOn,
    String reason,
    String actor,
    String note,
    LocalDate signedOn,
    VerificationResult result) {}
