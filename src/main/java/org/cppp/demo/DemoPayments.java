package org.cppp.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.cppp.application.ApplicationPayments;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.SignedVerifications;
import org.cppp.funding.Scheme;
import org.springframework.stereotype.Component;

/**
 * The payments of the demo's completed work, through the guarded path: each is paid in full a month
 * after it was completed, a demonstration project only once its result is verified (two weeks after
 * it was signed, if later); never after today.
 */
@Component
class DemoPayments {

  private final FundingApplications applications;
  private final ApplicationPayments payments;
  private final Clock clock;

  DemoPayments(FundingApplications applications, ApplicationPayments payments, Clock clock) {
    this.applications = applications;
    this.payments = payments;
    this.clock = clock;
  }

  void pay(HistoricalApplication completed) {
    String reference = completed.reference();
    ApplicationView application = applications.get(reference);
    LocalDate paidOn = application.completedOn().plusMonths(1);
    if (Scheme.DEMONSTRATION_PROJECT.equals(application.scheme())) {
      SignedVerifications.Signed signed = payments.payments(reference).completion().verification();
      if (signed == null) {
        return;
      }
      LocalDate afterSignature = signed.signedOn().plusWeeks(2);
      paidOn = afterSignature.isAfter(paidOn) ? afterSignature : paidOn;
    }
    LocalDate today = LocalDate.now(clock);
    payments.recordPayment(
        reference,
        application.approvedAmountHkd(),
        "INV-" + reference,
        paidOn.isAfter(today) ? today : paidOn);
  }
}
