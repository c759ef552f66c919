package org.cppp.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's facade: administrators manage users, roles and bindings here. */
@Service
@Transactional
public class Users {

  static final String AUDIT_TYPE = "user";

  private final UserAccounts accounts;
  private final PasswordEncoder passwords;
  private final List<AccountBindingTarget> targets;
  private final AuditTrail audit;
  private final PasswordPolicy policy;
  private final UserSessions sessions;
  private final LoginThrottle throttle;

  Users(
      UserAccounts accounts,
      PasswordEncoder passwords,
      List<AccountBindingTarget> targets,
      AuditTrail audit,
      PasswordPolicy policy,
      UserSessions sessions,
      LoginThrottle throttle) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.targets = targets;
    this.audit = audit;
    this.policy = policy;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  /**
   * Moves every account bound to factory {@code from} to factory {@code to}, when the factory
   * register merges a duplicate; each account is audited and signed out, so that its next session
   * carries the new factory. Returns the usernames moved.
   */
  @PreAuthorize(IdentityPolicy.MANAGE_APPLICANT_ACCOUNTS)
  public List<String> moveFactoryAccounts(String from, String to) {
    List<String> moved = new java.util.ArrayList<>();
    for (UserAccount account : accounts.findByFactoryBrOrderByUsername(from)) {
      account.moveToFactory(to);
      audit.record(
          AUDIT_TYPE, account.username(), "FACTORY_MERGED", Map.of("from", from, "to", to));
      sessions.endAll(account.username());
      moved.add(account.username());
    }
    return moved;
  }

  /**
   * Creates a user; refuses a taken username, a weak password ({@link PasswordPolicy}) or a binding
   * that does not fit the roles.
   */
  @PreAuthorize(IdentityPolicy.ADMINISTER)
  public UserView create(NewUser user) {
    policy.check("password", user.password());
    return open(
        user.username(),
        passwords.encode(user.password()),
        profile(user.displayName(), user.email(), user.username()),
        binding(user.roles(), user.factory(), user.provider()),
        user.language());
  }

  /**
   * Opens an applicant's account from an approved registration request, whose password was hashed
   * when the applicant chose it (it is never stored in clear), in the language of the page they
   * asked on.
   */
  @PreAuthorize(IdentityPolicy.MANAGE_APPLICANT_ACCOUNTS)
  public UserView createApplicant(
      String username,
      String passwordHash,
      String displayName,
      String email,
      String factoryBr,
      Language language) {
    return open(
        username,
        passwordHash,
        profile(displayName, email, username),
        binding(java.util.EnumSet.of(Role.APPLICANT), factoryBr, null),
        language);
  }

  private UserView open(
      String username,
      String hash,
      UserAccount.Profile profile,
      UserAccount.Binding binding,
      Language language) {
    if (accounts.existsByUsername(username)) {
      throw new RuleViolation("username", "user.username.taken", username);
    }
    UserAccount account = new UserAccount(username, hash, profile, binding);
    account.speak(language == null ? Language.EN : language);
    accounts.save(account);
    audit.record(AUDIT_TYPE, username, "CREATED", account.snapshot());
    return account.view();
  }

  /**
   * Changes a user's profile, roles, binding and whether the account is enabled. Disabling the
   * account or changing its roles or binding ends all the user's sessions: they sign in again with
   * what they may now do.
   */
  @PreAuthorize(IdentityPolicy.ADMINISTER)
  public UserView update(String username, UserChange change) {
    UserAccount account = find(username);
    var before = account.snapshot();
    UserAccount.Binding was = account.binding();
    account.apply(
        profile(change.displayName(), change.email(), username),
        binding(change.roles(), change.factory(), change.provider()));
    account.enable(change.enabled());
    if (change.language() != null) {
      account.speak(change.language());
    }
    Map<String, Object> changes = new LinkedHashMap<>(Changes.between(before, account.snapshot()));
    if (!account.enabled() || !account.binding().equals(was)) {
      changes.put("sessionsEnded", sessions.endAll(username));
    }
    audit.record(AUDIT_TYPE, username, "UPDATED", changes);
    return account.view();
  }

  /**
   * Sets a new password chosen by an administrator, ends all the user's sessions and lifts the
   * sign-in throttle on the account.
   */
  @PreAuthorize(IdentityPolicy.ADMINISTER)
  public void resetPassword(String username, String newPassword) {
    policy.check("password", newPassword);
    find(username).changePassword(passwords.encode(newPassword));
    audit.record(
        AUDIT_TYPE,
        username,
        "PASSWORD_RESET",
        Map.of(
            "sessionsEnded", sessions.endAll(username), "throttleLifted", throttle.lift(username)));
  }

  /**
   * The signed-in user changes their own password: the current one must be given, the new one must
   * pass the {@link PasswordPolicy}. Ends the user's other sessions (the one asking stays signed
   * in).
   *
   * @param keptSessionId the session of the request, kept; {@code null} to end all
   */
  @PreAuthorize("isAuthenticated()")
  public void changeOwnPassword(String currentPassword, String newPassword, String keptSessionId) {
    UserAccount account = find(CurrentUser.current().username());
    if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
      throw new RuleViolation("currentPassword", "user.password.current.wrong");
    }
    policy.check("newPassword", newPassword);
    account.changePassword(passwords.encode(newPassword));
    audit.record(
        AUDIT_TYPE,
        account.username(),
        "PASSWORD_CHANGED",
        Map.of("otherSessionsEnded", sessions.endAllBut(account.username(), keptSessionId)));
  }

  /** The signed-in user's own language, the one their mails are written in. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Language ownLanguage() {
    return find(CurrentUser.current().username()).language();
  }

  /** The signed-in user chooses the language their mails are written in. */
  @PreAuthorize("isAuthenticated()")
  public void changeOwnLanguage(Language language) {
    if (language == null) {
      throw new RuleViolation("language", "user.language.required");
    }
    UserAccount account = find(CurrentUser.current().username());
    var before = account.snapshot();
    account.speak(language);
    audit.record(
        AUDIT_TYPE,
        account.username(),
        "LANGUAGE_CHANGED",
        Changes.between(before, account.snapshot()));
  }

  @PreAuthorize(IdentityPolicy.ADMINISTER)
  @Transactional(readOnly = true)
  public UserView get(String username) {
    return find(username).view();
  }

  @PreAuthorize(IdentityPolicy.ADMINISTER)
  @Transactional(readOnly = true)
  public Page<UserView> search(String text, Pageable pageable) {
    String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
    return accounts.search(pattern, pageable).map(UserAccount::view);
  }

  @PreAuthorize(IdentityPolicy.ADMINISTER)
  @Transactional(readOnly = true)
  public long count() {
    return accounts.count();
  }

  /** Whether a user exists, for start-up seeding. */
  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return accounts.existsByUsername(username);
  }

  private UserAccount find(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("User", username));
  }

  private static UserAccount.Profile profile(String displayName, String email, String username) {
    String name = displayName == null || displayName.isBlank() ? username : displayName.trim();
    return new UserAccount.Profile(name, email == null || email.isBlank() ? null : email.trim());
  }

  private UserAccount.Binding binding(Set<Role> roles, String factory, String provider) {
    String factoryKey = blankToNull(factory);
    String providerKey = blankToNull(provider);
    boolean needsFactory = roles.stream().anyMatch(Role::needsFactory);
    boolean needsProvider = roles.stream().anyMatch(Role::needsProvider);
    check(needsFactory, factoryKey, "factory", Role.APPLICANT);
    check(needsProvider, providerKey, "provider", Role.PROVIDER);
    return new UserAccount.Binding(roles, factoryKey, providerKey);
  }

  private void check(boolean needed, String key, String field, Role role) {
    if (needed && key == null) {
      throw new RuleViolation(field, "user.binding.required." + field);
    }
    if (!needed && key != null) {
      throw new RuleViolation(field, "user.binding.unexpected." + field);
    }
    if (key != null && targets.stream().noneMatch(t -> t.role() == role && t.exists(key))) {
      throw new RuleViolation(field, "user.binding.unknown." + field, key);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
