package org.cppp.committee;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A member's declaration on an agenda item: no interest, or an interest of some nature. */
@Embeddable
record Declaration(boolean interest, String nature, Instant declaredAt) {}
