package org.cppp.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.ApplicationDeliverables;
import org.cppp.application.ApplicationPayments;
import org.cppp.application.ApplicationView;
import org.cppp.application.DeliverableKind;
import org.cppp.application.FundingApplications;
import org.cppp.application.HistoricalApplication;
import org.cppp.platform.PdfRenderer;
import org.cppp.verification.Period;
import org.cppp.verification.VerificationCases;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The demo applicant's demonstration project approved at the last meeting of 2011/12, carried from
 * its completion report to its final payment in the system, as its users would: the officer records
 * the work started a month after the decision; the factory hands in its completion report and QA
 * accepts it; the factory opens the verification case with the year before the decision as baseline
 * and the first year after the works as reporting period, enters the monthly readings and submits;
 * QA signs; the officer records the completion at the approved cost and the final payment, through
 * the same guarded facades (each step its own transaction).
 */
@Component
class DemoDelivery {

  static final String APPLICANT = "applicant";
  static final String QA = "qa";

  private final FundingApplications applications;
  private final ApplicationDeliverables deliverables;
  private final ApplicationPayments payments;
  private final VerificationCases cases;
  private final DemoVerifications verifications;
  private final PdfRenderer pdf;
  private final DemoUsers users;
  private final Clock clock;

  DemoDelivery(
      FundingApplications applications,
      ApplicationDeliverables deliverables,
      ApplicationPayments payments,
      VerificationCases cases,
      DemoVerifications verifications,
      PdfRenderer pdf,
      DemoUsers users,
      Clock clock) {
    this.applications = applications;
    this.deliverables = deliverables;
    this.payments = payments;
    this.cases = cases;
    this.verifications = verifications;
    this.pdf = pdf;
    this.users = users;
    this.clock = clock;
  }

  /** Carries the project through; returns the final payment's amount. */
  BigDecimal carry(HistoricalApplication project) {
    String ref = project.reference();
    ApplicationView a = users.as(DemoAccounts.OFFICER, () -> applications.get(ref));
    LocalDate started = a.decidedOn().plusMonths(1);
    users.as(
        DemoAccounts.OFFICER,
        () ->
            applications.act(
                ref,
                ApplicationAction.START,
                new ActionInput("Works started on site.", started, null)));
    long report =
        users.as(
            APPLICANT,
            () ->
                deliverables
                    .upload(ref, DeliverableKind.COMPLETION_REPORT, "completion-report.pdf", pdf(a))
                    .id());
    users.as(
        QA,
        () ->
            deliverables.accept(ref, report, "Works as approved; commissioning records attached."));
    Period baseline = DemoVerifications.yearBefore(a.decidedOn());
    Period reporting = DemoVerifications.firstYearAfter(started.plusMonths(5));
    String table = new DemoReadings(new Random(2026)).table(a.technology(), baseline, reporting);
    long id =
        verifications.open(
            APPLICANT, DemoVerifications.caseOf(a, a.technology(), baseline, reporting), table);
    users.as(QA, () -> cases.sign(id));
    users.as(
        DemoAccounts.OFFICER,
        () ->
            applications.act(
                ref,
                ApplicationAction.COMPLETE,
                new ActionInput("Completed as approved.", null, a.totalCostHkd())));
    return users.as(
        DemoAccounts.OFFICER,
        () -> {
          BigDecimal outstanding = payments.payments(ref).outstandingHkd();
          payments.recordPayment(ref, outstanding, "INV-" + ref + "-F", LocalDate.now(clock));
          return outstanding;
        });
  }

  /** The completion report the factory hands in: a page saying what was done. */
  private byte[] pdf(ApplicationView a) {
    String title = HtmlUtils.htmlEscape(a.title());
    return pdf.toPdf(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>Completion report</h1><p>"
            + a.reference()
            + ": "
            + title
            + ". The works were completed and commissioned as approved; the measurement of the"
            + " first year in use is in the verification case.</p></body></html>");
  }
}
