package org.cppp.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.application.DecisionOutcome;

/** The committee's decision on an agenda item, as recorded. */
public record DecisionView(
    long itemId,
    DecisionOutcome outcome,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal approvedAmountHkd,
    String note,
    LocalDate decidedOn,
    String recordedBy) {}
