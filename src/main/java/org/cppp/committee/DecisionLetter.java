package org.cppp.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.application.DecisionOutcome;
import org.cppp.funding.Scheme;

/**
 * What a decision letter to an applicant says.
 *
 * @param decidedBy the meeting's number, or "circulation" for a decision by circulation
 */
public record DecisionLetter(
    String applicationRef,
    String applicationTitle,
    String factoryBr,
    String factoryNameEn,
    String factoryNameZh,
    Scheme scheme,
    DecisionOutcome outcome,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal approvedAmountHkd,
    String note,
    LocalDate decidedOn,
    String decidedBy) {}
