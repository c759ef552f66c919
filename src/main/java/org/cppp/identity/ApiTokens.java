package org.cppp.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.shared.DateInput;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a signed-in user creates, lists and revokes their own, and an API client
 * signs in with one ({@code Authorization: Bearer cppp_...}, {@link TokenSignIn}) as that user,
 * with their roles and binding, without a password check. The secret is 32 random bytes (base64url,
 * prefixed {@value #PREFIX} so that a leaked one is recognised); only its SHA-256 hash is stored.
 * Creating and revoking are audited.
 */
@Service
@Transactional
public class ApiTokens {

  static final String AUDIT_TYPE = "api-token";
  static final String PREFIX = "cppp_";
  static final int MAX_NAME = 100;
  private static final int SECRET_BYTES = 32;

  private final ApiTokenRecords tokens;
  private final UserAccounts accounts;
  private final AuditTrail audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(ApiTokenRecords tokens, UserAccounts accounts, AuditTrail audit, Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates a token for the signed-in user; its secret is in the answer and nowhere else.
   *
   * <p>Only a page login or a password sign-in may create one, never a request signed in with a
   * token ({@link IdentityPolicy#mayCreateApiTokens}).
   *
   * @throws RuleViolation for a blank or long name, no scope, or an expiry before today
   */
  @PreAuthorize(IdentityPolicy.CREATE_TOKENS)
  public CreatedApiToken create(NewApiToken request) {
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty()) {
      throw new RuleViolation("name", "token.name.required");
    }
    if (name.length() > MAX_NAME) {
      throw new RuleViolation("name", "token.name.long", MAX_NAME);
    }
    if (request.scopes() == null
        || request.scopes().isEmpty()
        || request.scopes().stream().anyMatch(java.util.Objects::isNull)) {
      throw new RuleViolation("scopes", "token.scopes.required");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate expiresOn = DateInput.on(clock).within("expiresOn", request.expiresOn(), today);
    TokenScope scope =
        request.scopes().contains(TokenScope.WRITE) ? TokenScope.WRITE : TokenScope.READ;
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    UserAccount owner = signedIn();
    ApiToken token =
        tokens.save(
            new ApiToken(owner.id(), name, Sha256.of(secret), scope, clock.instant(), expiresOn));
    Map<String, Object> changes = new LinkedHashMap<>(token.snapshot());
    changes.put("user", owner.username());
    audit.record(AUDIT_TYPE, token.id().toString(), "CREATED", changes);
    return new CreatedApiToken(token.view(today), secret);
  }

  /** The signed-in user's own tokens, newest first, revoked and expired ones too. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Page<ApiTokenView> own(Pageable pageable) {
    LocalDate today = LocalDate.now(clock);
    return tokens
        .findByUserIdOrderByIdDesc(signedIn().id(), pageable)
        .map(token -> token.view(today));
  }

  /**
   * Revokes one of the signed-in user's own tokens; it signs no one in from the next request.
   *
   * @throws NotFoundException when the user has no token with this id
   */
  @PreAuthorize("isAuthenticated()")
  public void revoke(long id) {
    UserAccount owner = signedIn();
    ApiToken token =
        tokens
            .findByIdAndUserId(id, owner.id())
            .orElseThrow(() -> new NotFoundException("Token", String.valueOf(id)));
    if (token.revoke(clock.instant())) {
      audit.record(AUDIT_TYPE, token.id().toString(), "REVOKED", Map.of("user", owner.username()));
    }
  }

  private UserAccount signedIn() {
    String username = CurrentUser.current().username();
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("User", username));
  }
}
