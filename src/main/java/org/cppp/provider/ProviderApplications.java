package org.cppp.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.platform.DocumentLanguage;
import org.cppp.platform.PublicUrl;
import org.cppp.platform.RateLimits;
import org.cppp.shared.LinkTokens;
import org.cppp.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers apply on the public site to join the register; the sender confirms their e-mail by the
 * mailed link before the application reaches the officers' queue (an unconfirmed one is deleted
 * after {@code cppp.provider.application-confirm-within}). Officers review it, with its GDEIC
 * certificate and the registered providers it may duplicate, and register the provider or refuse
 * with a reason; the sender is told either way.
 */
@Service
@Transactional
public class ProviderApplications {

  static final String AUDIT_TYPE = "provider-application";
  static final String RATE_LIMIT = "provider-application";

  private final ProviderApplicationRepository applications;
  private final GdeicCertificates certificates;
  private final DuplicateProviders duplicates;
  private final Providers providers;
  private final ProviderApplicationMail mail;
  private final AuditTrail audit;
  private final RateLimits rateLimits;
  private final PublicUrl publicUrl;
  private final Clock clock;
  private final Duration confirmWithin;

  ProviderApplications(
      ProviderApplicationRepository applications,
      GdeicCertificates certificates,
      DuplicateProviders duplicates,
      Providers providers,
      ProviderApplicationMail mail,
      AuditTrail audit,
      RateLimits rateLimits,
      PublicUrl publicUrl,
      Clock clock,
      @Value("${cppp.provider.application-confirm-within:72h}") Duration confirmWithin) {
    this.applications = applications;
    this.certificates = certificates;
    this.duplicates = duplicates;
    this.providers = providers;
    this.mail = mail;
    this.audit = audit;
    this.rateLimits = rateLimits;
    this.publicUrl = publicUrl;
    this.clock = clock;
    this.confirmWithin = confirmWithin;
  }

  /**
   * Takes an application from the public site, unconfirmed, with its certificate, and mails the
   * link that confirms it to the address given, in the sender's language. Refuses, naming the field
   * and saving nothing, an incomplete or lapsed GDEIC registration and a certificate that is
   * missing, too large or not a PDF or image; each e-mail address may send only so many.
   */
  @PreAuthorize("permitAll()")
  public long submit(NewProviderApplication sent, Locale locale) {
    rateLimits.consume(RATE_LIMIT, sent.contactEmail());
    String token = LinkTokens.newToken();
    ProviderApplication application =
        new ProviderApplication(
            sent,
            DocumentLanguage.of(null, locale).toLanguageTag(),
            LinkTokens.hash(token),
            clock.instant(),
            LocalDate.now(clock));
    GdeicCertificates.Checked certificate =
        application.hasGdeic() || sent.hasCertificate()
            ? GdeicCertificates.check(sent.certificateName(), sent.certificate())
            : null;
    applications.saveAndFlush(application);
    if (certificate != null) {
      certificates.save(application.id(), certificate);
    }
    audit.record(AUDIT_TYPE, id(application), "SUBMITTED", application.snapshot());
    mail.toSender(
        application,
        "provider.mail.confirm",
        application.name(),
        publicUrl.link("/providers/apply/confirm/" + token),
        confirmWithin.toHours());
    return application.id();
  }

  /** What the holder of a confirmation link is asked about; an unknown link is not found. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public ApplicationConfirmation confirmation(String token) {
    return confirmationOf(byToken(token));
  }

  /**
   * Confirms the sender's e-mail by the mailed link: the application joins the officers' queue.
   * Again is harmless; a link older than the confirmation window is refused.
   */
  @PreAuthorize("permitAll()")
  public ApplicationConfirmation confirm(String token) {
    ProviderApplication application = byToken(token);
    if (application.confirm(clock.instant(), confirmWithin)) {
      audit.record(AUDIT_TYPE, id(application), "CONFIRMED", Map.of());
    }
    return confirmationOf(application);
  }

  /** The applications awaiting an officer, oldest first. */
  @PreAuthorize(ProviderPolicy.EDIT)
  @Transactional(readOnly = true)
  public Page<ProviderApplicationView> queue(Pageable pageable) {
    return list(ProviderApplicationStatus.PENDING, pageable);
  }

  /** The confirmed applications in a status (pending, registered, refused), oldest first. */
  @PreAuthorize(ProviderPolicy.EDIT)
  @Transactional(readOnly = true)
  public Page<ProviderApplicationView> list(ProviderApplicationStatus status, Pageable pageable) {
    if (status == ProviderApplicationStatus.UNCONFIRMED) {
      return Page.empty(pageable);
    }
    return applications.findByStatusOrderByIdAsc(status, pageable).map(ProviderApplication::view);
  }

  /** How many applications await an officer (dashboard). */
  @PreAuthorize(ProviderPolicy.EDIT)
  @Transactional(readOnly = true)
  public long countPending() {
    return applications.countByStatus(ProviderApplicationStatus.PENDING);
  }

  /**
   * An application with what an officer needs to decide it: its certificate and the providers on
   * the register it may duplicate (same GDEIC number, similar name). An unconfirmed one is not
   * found.
   */
  @PreAuthorize(ProviderPolicy.EDIT)
  @Transactional(readOnly = true)
  public ProviderApplicationReview review(long id) {
    ProviderApplication application = confirmed(id);
    return new ProviderApplicationReview(
        application.view(), certificates.summary(id).orElse(null), duplicates.of(application));
  }

  /** The GDEIC certificate sent with an application. */
  @PreAuthorize(ProviderPolicy.EDIT)
  @Transactional(readOnly = true)
  public CertificateContent certificate(long id) {
    confirmed(id);
    return certificates.load(id).orElseThrow(() -> new NotFoundException("Certificate", id));
  }

  /**
   * Registers the provider under {@code code} (joining today, with its GDEIC registration), as
   * {@link Providers#register} does, audited, and tells the sender. Refuses a decided application,
   * a GDEIC registration lapsed since it was sent, and a missing or taken code.
   */
  @PreAuthorize(ProviderPolicy.EDIT)
  public ProviderApplicationView register(long id, String code) {
    ProviderApplication application = confirmed(id);
    LocalDate today = LocalDate.now(clock);
    application.checkRegistrable(today);
    ProviderView created = providers.register(application.details(code, today));
    application.register(created.code(), officer(), clock.instant());
    applications.flush();
    audit.record(AUDIT_TYPE, id(application), "REGISTERED", Map.of("code", created.code()));
    mail.toSender(application, "provider.mail.registered", application.name(), created.code());
    return application.view();
  }

  /** Refuses an application with a reason (required), audited; the sender is told the reason. */
  @PreAuthorize(ProviderPolicy.EDIT)
  public ProviderApplicationView refuse(long id, String reason) {
    ProviderApplication application = confirmed(id);
    application.refuse(reason, officer(), clock.instant());
    applications.flush();
    audit.record(AUDIT_TYPE, id(application), "REFUSED", Map.of("reason", reason.strip()));
    mail.toSender(application, "provider.mail.refused", application.name(), reason.strip());
    return application.view();
  }

  /** Deletes the applications never confirmed in time, with their certificates (a job runs it). */
  @PreAuthorize(ProviderPolicy.EDIT)
  public int deleteUnconfirmed() {
    int deleted = applications.deleteUnconfirmedBefore(clock.instant().minus(confirmWithin));
    if (deleted > 0) {
      audit.record(AUDIT_TYPE, "*", "UNCONFIRMED_DELETED", Map.of("applications", deleted));
    }
    return deleted;
  }

  private ProviderApplication confirmed(long id) {
    return applications
        .findById(id)
        .filter(a -> a.status() != ProviderApplicationStatus.UNCONFIRMED)
        .orElseThrow(() -> new NotFoundException("Provider application", id));
  }

  private ProviderApplication byToken(String token) {
    return LinkTokens.open(token, applications::findByConfirmationTokenHash);
  }

  private static ApplicationConfirmation confirmationOf(ProviderApplication application) {
    return new ApplicationConfirmation(
        application.name(), application.status() != ProviderApplicationStatus.UNCONFIRMED);
  }

  private static String id(ProviderApplication application) {
    return String.valueOf(application.id());
  }

  private static String officer() {
    return CurrentUser.current().username();
  }
}
