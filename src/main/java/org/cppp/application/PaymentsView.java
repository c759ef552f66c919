package org.cppp.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an application's factory has been paid against its grant, and what its completion (and so
 * its final payment) still waits for.
 *
 * @param grantHkd the approved amount (after completion, the grant at the final cost); {@code null}
 *     before approval
 */
public record PaymentsView(
    BigDecimal grantHkd,
    BigDecimal paidHkd,
    BigDecimal outstandingHkd,
    List<Payment> payments,
    CompletionReadiness completion) {

  /** One payment, oldest first. */
  public record Payment(LocalDate paidOn, BigDecimal amountHkd, String invoiceRef) {}

  static PaymentsView of(
      BigDecimal grantHkd, List<Payment> payments, CompletionReadiness completion) {
    BigDecimal paid =
        payments.stream()
            .map(Payment::amountHkd)
            .reduce(FundingApplications.zero(), BigDecimal::add);
    BigDecimal outstanding =
        grantHkd == null ? FundingApplications.zero() : grantHkd.subtract(paid);
    return new PaymentsView(grantHkd, paid, outstanding, payments, completion);
  }
}
