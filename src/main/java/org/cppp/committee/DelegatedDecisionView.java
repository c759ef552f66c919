package org.cppp.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.application.DecisionOutcome;
import org.cppp.funding.Scheme;

/**
 * A decision officers took under a delegated authority, as listed for noting at a meeting.
 *
 * @param governmentShareHkd the application's government share when decided
 * @param notingItemId the for-noting agenda item, once a meeting lists it
 */
public record DelegatedDecisionView(
    long id,
    long authorityId,
    String applicationRef,
    String title,
    Scheme scheme,
    DecisionOutcome outcome,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal governmentShareHkd,
    LocalDate decidedOn,
    String recordedBy,
    Long notingItemId) {}
