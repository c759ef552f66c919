package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger entry.
 *
 * @param account the budget account's code
 * @param applicationRef the application, e.g. {@code APP-2011-00042}; {@code null} for budget added
 * @param effectiveOn the decision or payment date, which decides the financial year
 * @param invoiceRef the invoice a payment settles; {@code null} for other kinds
 */
public record LedgerEntryView(
    long id,
    String account,
    EntryKind kind,
    String applicationRef,
    Scheme scheme,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountHkd,
    LocalDate effectiveOn,
    Instant recordedAt,
    String actor,
    String note,
    String invoiceRef) {}
