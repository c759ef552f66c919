package org.cppp.site;

import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.Factories;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.PasswordPolicy;
import org.cppp.identity.Users;
import org.cppp.platform.Mailer;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Factories ask for an applicant account on the public site; an officer checks the request
 * (business registration, ownership) and approves it, which registers the factory if it is new and
 * opens the account, or rejects it with a reason.
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
  private final Mailer mailer;
  private final MessageSource messages;
  private final PasswordPolicy passwordPolicy;

  AccountRequests(
      AccountRequestRepository requests,
      Users users,
      Factories factories,
      PasswordEncoder passwords,
      AuditTrail audit,
      Mailer mailer,
      MessageSource messages,
      PasswordPolicy passwordPolicy) {
    this.requests = requests;
    this.users = users;
    this.factories = factories;
    this.passwords = passwords;
    this.audit = audit;
    this.mailer = mailer;
    this.messages = messages;
    this.passwordPolicy = passwordPolicy;
  }

  /**
   * Records a request from the public site; the chosen password must pass the {@link
   * PasswordPolicy} and is kept only as a hash.
   */
  @PreAuthorize("permitAll()")
  public AccountRequestView submit(NewAccountRequest request) {
    passwordPolicy.check("password", request.password());
    String username = request.username().trim();
    if (users.exists(username)
        || requests.existsByUsernameAndStatus(username, AccountRequestStatus.PENDING)) {
      throw new RuleViolation("username", "user.username.taken", username);
    }
    if (factories.cities().stream().noneMatch(c -> c.code().equals(request.city()))) {
      throw new RuleViolation("city", "site.register.city.unknown", request.city());
    }
    AccountRequest saved =
        requests.save(new AccountRequest(request, passwords.encode(request.password())));
    audit.record(AUDIT_TYPE, saved.id().toString(), "SUBMITTED", Map.of("br", saved.brNumber()));
    return saved.view();
  }

  /** Requests awaiting an officer, oldest first. */
  @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
  @Transactional(readOnly = true)
  public Page<AccountRequestView> pending(Pageable pageable) {
    return requests
        .findByStatusOrderByIdAsc(AccountRequestStatus.PENDING, pageable)
        .map(AccountRequest::view);
  }

  /** How many requests await an officer (dashboard). */
  @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
  @Transactional(readOnly = true)
  public long countPending() {
    return requests.countByStatus(AccountRequestStatus.PENDING);
  }

  /** Approves: registers the factory if it is new, opens the applicant's account, tells them. */
  @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
  public AccountRequestView approve(long id, String note) {
    AccountRequest request = find(id);
    request.approve(CurrentUser.current().username(), note);
    if (!factories.exists(request.brNumber())) {
      factories.register(request.factory());
    }
    users.createApplicant(
        request.username(),
        request.passwordHash(),
        request.contactPerson(),
        request.contactEmail(),
        request.brNumber());
    audit.record(
        AUDIT_TYPE, String.valueOf(id), "APPROVED", Map.of("username", request.username()));
    mail(request, "site.mail.approved", request.username());
    return request.view();
  }

  /** Rejects with a reason, which the factory is told. */
  @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
  public AccountRequestView reject(long id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "site.register.reason");
    }
    AccountRequest request = find(id);
    request.reject(CurrentUser.current().username(), reason);
    audit.record(AUDIT_TYPE, String.valueOf(id), "REJECTED", Map.of("reason", reason.trim()));
    mail(request, "site.mail.rejected", reason.trim());
    return request.view();
  }

  /** Tells the factory in English and Chinese: its staff read either. */
  private void mail(AccountRequest request, String key, Object argument) {
    Object[] args = {argument};
    Locale chinese = Locale.forLanguageTag("zh-HK");
    mailer.send(
        request.contactEmail(),
        messages.getMessage(key + ".subject", args, Locale.ENGLISH)
            + " / "
            + messages.getMessage(key + ".subject", args, chinese),
        messages.getMessage(key + ".body", args, Locale.ENGLISH)
            + "\n\n"
            + messages.getMessage(key + ".body", args, chinese));
  }

  private AccountRequest find(long id) {
    return requests.findById(id).orElseThrow(() -> new NotFoundException("Account request", id));
  }
}
