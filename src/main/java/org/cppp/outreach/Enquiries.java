package org.cppp.outreach;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.Language;
import org.cppp.platform.PublicUrl;
import org.cppp.platform.RateLimits;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enquiry hotline: the public form, the officers' log of calls, e-mails and walk-ins, and the
 * queue oldest first, flagged once open for more working days than {@code cppp.enquiry.sla-days}.
 * An answer is mailed to the enquirer who gave an e-mail address, in the enquiry's language, with
 * the change that records it.
 */
@Service
@Transactional
public class Enquiries {

  static final String AUDIT_TYPE = "enquiry";

  private final EnquiryRecords enquiries;
  private final AuditTrail audit;
  private final RateLimits rateLimits;
  private final OutreachMail mail;
  private final PublicUrl publicUrl;
  private final int slaDays;
  private final Clock clock;

  Enquiries(
      EnquiryRecords enquiries,
      AuditTrail audit,
      RateLimits rateLimits,
      OutreachMail mail,
      PublicUrl publicUrl,
      @Value("${cppp.enquiry.sla-days:2}") int slaDays,
      Clock clock) {
    this.enquiries = enquiries;
    this.audit = audit;
    this.rateLimits = rateLimits;
    this.mail = mail;
    this.publicUrl = publicUrl;
    this.slaDays = slaDays;
    this.clock = clock;
  }

  /**
   * Takes an enquiry from the public web form; it needs an e-mail or phone to be answered. Each
   * client address and each contact given may send only so many ({@link RateLimits}). The answer is
   * mailed in the language of the page it was sent from ({@code locale}).
   */
  @PreAuthorize("permitAll()")
  public long submit(PublicEnquiry form, Locale locale) {
    if (blank(form.email()) && blank(form.phone())) {
      throw new RuleViolation("email", "outreach.enquiry.contact.required");
    }
    rateLimits.consume("enquiry", blank(form.email()) ? form.phone() : form.email());
    return save(
        new EnquiryCommand(
            EnquiryChannel.WEB,
            form.topic(),
            form.name(),
            form.company(),
            form.email(),
            form.phone(),
            null,
            form.message(),
            null,
            Language.of(locale)));
  }

  /** Logs an enquiry received by phone, e-mail, web or in person. */
  @PreAuthorize(OutreachPolicy.EDIT)
  public EnquiryView log(EnquiryCommand command) {
    return view(find(save(command)));
  }

  /**
   * Records the answer given (the first answer's time is the time to answer) and mails it to the
   * enquirer's e-mail address, if one was given, in the enquiry's language.
   */
  @PreAuthorize(OutreachPolicy.EDIT)
  public EnquiryView answer(long id, String answer) {
    Enquiry enquiry = find(id);
    Map<String, Object> before = enquiry.snapshot();
    enquiry.answer(answer, clock.instant());
    audit.record(
        AUDIT_TYPE, String.valueOf(id), "ANSWERED", Changes.between(before, enquiry.snapshot()));
    if (enquiry.email() != null) {
      mail.queue(
          enquiry.email(),
          enquiry.language().locale(),
          "outreach.mail.answer",
          String.valueOf(id),
          answer.trim(),
          publicUrl.link("/enquiry"),
          enquiry.question());
    }
    return view(enquiry);
  }

  /** Closes an enquiry. */
  @PreAuthorize(OutreachPolicy.EDIT)
  public EnquiryView close(long id) {
    Enquiry enquiry = find(id);
    Map<String, Object> before = enquiry.snapshot();
    enquiry.close();
    audit.record(
        AUDIT_TYPE, String.valueOf(id), "CLOSED", Changes.between(before, enquiry.snapshot()));
    return view(enquiry);
  }

  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public EnquiryView get(long id) {
    return view(find(id));
  }

  /** The queue: enquiries in these states (all when empty), oldest first. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public Page<EnquiryView> queue(Set<EnquiryStatus> statuses, Pageable pageable) {
    Set<EnquiryStatus> wanted =
        statuses == null || statuses.isEmpty() ? EnumSet.allOf(EnquiryStatus.class) : statuses;
    Clock now = Clock.fixed(clock.instant(), clock.getZone());
    return enquiries
        .findByStatusInOrderByReceivedAtAscIdAsc(wanted, pageable)
        .map(e -> e.view(now, slaDays));
  }

  /** How many open enquiries are past the SLA. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public long countOverdue() {
    Clock now = Clock.fixed(clock.instant(), clock.getZone());
    return enquiries.findByStatus(EnquiryStatus.OPEN).stream()
        .filter(e -> e.view(now, slaDays).overdue())
        .count();
  }

  /** The SLA: working days an enquiry may stay open. */
  @PreAuthorize("permitAll()")
  public int slaDays() {
    return slaDays;
  }

  private long save(EnquiryCommand command) {
    Enquiry enquiry = enquiries.save(new Enquiry(command, clock.instant()));
    audit.record(AUDIT_TYPE, String.valueOf(enquiry.id()), "RECEIVED", enquiry.snapshot());
    return enquiry.id();
  }

  private Enquiry find(long id) {
    return enquiries.findById(id).orElseThrow(() -> new NotFoundException("Enquiry", id));
  }

  private EnquiryView view(Enquiry e) {
    return e.view(clock, slaDays);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
