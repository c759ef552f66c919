package org.cppp.site;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryView;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Language;
import org.cppp.identity.PasswordPolicy;
import org.cppp.identity.Users;
import org.cppp.platform.PublicUrl;
import org.cppp.platform.RateLimits;
import org.cppp.shared.LinkTokens;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Factories ask for an applicant account on the public site; an officer checks the request
 * (business registration, ownership) and approves it, which registers the factory if it is new and
 * opens the account, or rejects it with a reason. A request naming a factory already registered can
 * only add a user to it, and only once the factory's registered contact has confirmed the requester
 * by a mailed link (or an officer records their offline confirmation with a reason): knowing a BR
 * number is not enough to take a factory over.
 */
@Service
@Transactional
public class AccountRequests {

  static final String AUDIT_TYPE = "account-request";

  private final AccountRequestRepository requests;
  private final Users users;
  private final Factories factories;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final AccountRequestMail mail;
  private final RateLimits rateLimits;
  private final PublicUrl publicUrl;
  private final Duration confirmWithin;
  private final PasswordPolicy passwordPolicy;
  private final Clock clock;

  AccountRequests(
      AccountRequestRepository requests,
      Users users,
      Factories factories,
      PasswordEncoder passwords,
      AuditTrail audit,
      AccountRequestMail mail,
      RateLimits rateLimits,
      PublicUrl publicUrl,
      PasswordPolicy passwordPolicy,
      @Value("${cppp.site.contact-confirm-within:14d}") Duration confirmWithin,
      Clock clock) {
    this.requests = requests;
    this.users = users;
    this.factories = factories;
    this.passwords = passwords;
    this.audit = audit;
    this.mail = mail;
    this.rateLimits = rateLimits;
    this.publicUrl = publicUrl;
    this.confirmWithin = confirmWithin;
    this.passwordPolicy = passwordPolicy;
    this.clock = clock;
  }

  /**
   * Records a request from the public site; the chosen password is kept only as a hash. Whether the
   * username is free is the officer's check, never told to the sender; each client address and
   * e-mail address may send only so many requests, counted before any hashing.
   */
  @PreAuthorize("permitAll()")
  public AccountRequestView submit(NewAccountRequest request, Locale page) {
    rateLimits.consume("account-request", request.contactEmail());
    passwordPolicy.check("password", request.password());
    if (factories.cities().stream().noneMatch(c -> c.code().equals(request.city()))) {
      throw new RuleViolation("city", "site.register.city.unknown", request.city());
    }
    AccountRequest saved =
        requests.save(
            new AccountRequest(
                request, passwords.encode(request.password()), Language.of(page), clock.instant()));
    audit.record(AUDIT_TYPE, saved.id().toString(), "SUBMITTED", Map.of("br", saved.brNumber()));
    return saved.view();
  }

  /**
   * Requests awaiting an officer, oldest first, each with the registered factory it names (and its
   * registered contact) and whether its username is taken.
   */
  @PreAuthorize(SitePolicy.REVIEW)
  @Transactional(readOnly = true)
  public Page<AccountRequestView> pending(Pageable pageable) {
    return requests
        .findByStatusOrderByIdAsc(AccountRequestStatus.PENDING, pageable)
        .map(r -> r.view(registered(r.brNumber()), users.exists(r.username())));
  }

  /** How many requests await an officer (dashboard). */
  @PreAuthorize(SitePolicy.REVIEW)
  @Transactional(readOnly = true)
  public long countPending() {
    return requests.countByStatus(AccountRequestStatus.PENDING);
  }

  /**
   * Approves. A new factory is registered with the requester's details and its account opened; a
   * registered factory gets the requester as an additional user, only once its registered contact
   * has confirmed, and its record is left as registered (the requester's own details are kept on
   * the request and in the audit trail). The requester is told. A factory merged into another gets
   * no new account (the officer is told which factory took it over).
   */
  @PreAuthorize(SitePolicy.REVIEW)
  public AccountRequestView approve(long id, String note) {
    AccountRequest request = find(id);
    if (users.exists(request.username())) {
      throw new RuleViolation("username", "site.requests.username.taken", request.username());
    }
    String officer = CurrentUser.current().username();
    Map<String, Object> audited = new LinkedHashMap<>();
    audited.put("username", request.username());
    boolean existing = factories.exists(request.brNumber());
    if (existing) {
      requireLive(request.brNumber());
      request.approveAsAdditionalUser(officer, note, clock.instant());
      audited.put("as", "ADDITIONAL_USER");
      audited.put("requestedDetails", request.requestedDetails());
    } else {
      request.approve(officer, note, clock.instant());
      factories.register(request.factory());
    }
    users.createApplicant(
        request.username(),
        request.passwordHash(),
        request.contactPerson(),
        request.contactEmail(),
        request.brNumber(),
        request.language());
    audit.record(AUDIT_TYPE, String.valueOf(id), "APPROVED", audited);
    mail.toRequester(
        request,
        existing ? "site.mail.approved-additional" : "site.mail.approved",
        request.username());
    return request.view();
  }

  /** Rejects with a reason, which the factory is told. */
  @PreAuthorize(SitePolicy.REVIEW)
  public AccountRequestView reject(long id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "site.register.reason");
    }
    AccountRequest request = find(id);
    request.reject(CurrentUser.current().username(), reason, clock.instant());
    audit.record(AUDIT_TYPE, String.valueOf(id), "REJECTED", Map.of("reason", reason.trim()));
    mail.toRequester(request, "site.mail.rejected", reason.trim());
    return request.view();
  }

  /**
   * Mails the registered contact of the factory a request names a link to confirm (or decline) the
   * requester as an additional user; refuses when the register has no contact e-mail for it.
   */
  @PreAuthorize(SitePolicy.REVIEW)
  public AccountRequestView askRegisteredContact(long id) {
    AccountRequest request = find(id);
    RegisteredFactory factory = registered(request.brNumber());
    if (factory == null) {
      throw new RuleViolation(null, "site.requests.confirmation.newFactory");
    }
    if (factory.contactEmail() == null || factory.contactEmail().isBlank()) {
      throw new RuleViolation(null, "site.requests.confirmation.noEmail");
    }
    String token = LinkTokens.newToken();
    request.askRegisteredContact(LinkTokens.hash(token), factory.contactEmail(), clock.instant());
    audit.record(
        AUDIT_TYPE, String.valueOf(id), "CONTACT_ASKED", Map.of("to", factory.contactEmail()));
    mail.toRegisteredContact(request, factory, publicUrl.link("/register/confirm/" + token));
    return request.view(factory, users.exists(request.username()));
  }

  /** Records that the registered contact confirmed offline, with how and why (required). */
  @PreAuthorize(SitePolicy.REVIEW)
  public AccountRequestView recordOfflineConfirmation(long id, String reason) {
    AccountRequest request = find(id);
    RegisteredFactory factory = registered(request.brNumber());
    if (factory == null) {
      throw new RuleViolation(null, "site.requests.confirmation.newFactory");
    }
    request.confirmOffline(CurrentUser.current().username(), reason, clock.instant());
    audit.record(
        AUDIT_TYPE, String.valueOf(id), "CONTACT_CONFIRMED_OFFLINE", Map.of("reason", reason));
    return request.view(factory, users.exists(request.username()));
  }

  /** What the holder of a confirmation link is asked about; an unknown link is not found. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public ContactConfirmationView confirmation(String token) {
    return byToken(token).confirmationView();
  }

  /** The registered contact's answer by the mailed link: confirms or declines the requester. */
  @PreAuthorize("permitAll()")
  public ContactConfirmationView answer(String token, boolean confirmed) {
    AccountRequest request = byToken(token);
    request.answerByContact(confirmed, clock.instant(), confirmWithin);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(request.id()),
        confirmed ? "CONTACT_CONFIRMED" : "CONTACT_DECLINED",
        Map.of());
    return request.confirmationView();
  }

  /** Refuses an account of a factory merged into another: its users belong to the survivor. */
  private void requireLive(String brNumber) {
    factories
        .get(brNumber)
        .mergedInto()
        .ifPresent(
            survivor -> {
              throw new RuleViolation(
                  "brNumber", "site.requests.factory.merged", brNumber, survivor);
            });
  }

  private RegisteredFactory registered(String brNumber) {
    if (!factories.exists(brNumber)) {
      return null;
    }
    FactoryView f = factories.get(brNumber);
    return new RegisteredFactory(
        f.nameEn(), f.nameZh(), f.contactPerson(), f.contactPhone(), f.contactEmail());
  }

  private AccountRequest byToken(String token) {
    return LinkTokens.open(token, requests::findByConfirmationTokenHash);
  }

  private AccountRequest find(long id) {
    return requests.findById(id).orElseThrow(() -> new NotFoundException("Account request", id));
  }
}
