package org.cppp.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.funding.LedgerEntryView;
import org.cppp.identity.CurrentUser;
import org.cppp.platform.SystemActor;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a factory is paid against its grant: officers record each claim paid, with its invoice, once
 * the work is completed (a demonstration project only with its accepted completion report and
 * signed verification, {@link CompletionGate}); the factory's own users and programme staff see
 * what was paid and what the final payment still waits for. Every payment is audited. The
 * verification module tells it when the result it waits for is signed, for the activity feed.
 */
@Service
@Transactional
public class ApplicationPayments {

  private final Visibility visibility;
  private final Budget budget;
  private final CompletionGate completion;
  private final ActivityFeed feed;
  private final ApplicationMail mail;
  private final AuditTrail audit;
  private final Clock clock;

  ApplicationPayments(
      Visibility visibility,
      Budget budget,
      CompletionGate completion,
      ActivityFeed feed,
      ApplicationMail mail,
      AuditTrail audit,
      Clock clock) {
    this.visibility = visibility;
    this.budget = budget;
    this.completion = completion;
    this.feed = feed;
    this.mail = mail;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records a claim paid against completed work, with its invoice; the total paid never exceeds the
   * grant. A demonstration project is paid only once completed, which needs its accepted completion
   * report and signed verification. The factory's applicants and the named provider are mailed of
   * it.
   */
  @PreAuthorize(ApplicationPolicy.MANAGE)
  public LedgerEntryView recordPayment(
      String reference, BigDecimal amountHkd, String invoiceRef, LocalDate paidOn) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    FundingApplication application = visibility.locked(reference);
    ApplicationPolicy.requireStaff(scope, application);
    if (application.status() != ApplicationStatus.COMPLETED
        && application.status() != ApplicationStatus.CLOSED) {
      throw new StateConflict(
          completion.gates(application)
              ? "application.payment.awaits-sign-off"
              : "application.payment.not-completed",
          reference,
          application.status());
    }
    completion.requirePayable(application);
    LedgerEntryView entry =
        budget.pay(
            reference,
            amountHkd,
            invoiceRef,
            Workflow.effectiveDate(user, paidOn, LocalDate.now(clock)));
    audit.record(
        FundingApplications.AUDIT_TYPE,
        reference,
        "PAYMENT",
        Map.of("amountHkd", entry.amountHkd().toPlainString(), "invoice", entry.invoiceRef()));
    mail.paid(application, entry);
    return entry;
  }

  /**
   * What the factory has been paid against the grant, and what completion (and so the final
   * payment) still waits for: the factory's own users and programme staff; not the provider's.
   */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public PaymentsView payments(String reference) {
    FundingApplication application = visibility.of(reference);
    if (!ApplicationPolicy.maySeePayments(visibility.scope(), application)) {
      throw new AccessDeniedException("not allowed");
    }
    List<PaymentsView.Payment> paid =
        paid(budget, reference).stream()
            .map(e -> new PaymentsView.Payment(e.effectiveOn(), e.amountHkd(), e.invoiceRef()))
            .toList();
    return PaymentsView.of(application.approvedAmountHkd(), paid, completion.of(application));
  }

  /**
   * Puts on the activity feed that the verification of the application's result was signed by QA
   * (or a legacy result recorded), as the verification module reports when that happens; nothing
   * unless {@link SignedVerifications} says so.
   */
  @PreAuthorize(ApplicationPolicy.RECORD_VERIFICATION)
  public void verificationRecorded(String reference) {
    FundingApplication application = visibility.of(reference);
    completion
        .signed(application)
        .ifPresent(
            s ->
                feed.record(
                    application, "feed.verification." + (s.legacy() ? "LEGACY" : "SIGNED")));
  }

  /**
   * The payments against an application's grant, read as the system, since the factory's own users
   * may not read the budget: callers show them only to those who {@link #maySeePayments}.
   */
  static List<LedgerEntryView> paid(Budget budget, String reference) {
    return SystemActor.call(() -> budget.entriesFor(reference)).stream()
        .filter(e -> e.kind() == EntryKind.PAYMENT)
        .toList();
  }

  /** Whether the current user may see what this application's factory has been paid. */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public boolean maySeePayments(String reference) {
    return ApplicationPolicy.maySeePayments(visibility.scope(), visibility.of(reference));
  }
}
