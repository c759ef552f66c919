package org.cppp.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.cppp.platform.BearerTokens;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs an API request in with a personal access token ({@link ApiTokens}): one lookup by the
 * token's hash and one of its user, who must still be enabled; the roles and binding are read
 * afresh each request, as a new session would. The last use is written at most once a minute.
 */
@Component
class TokenSignIn implements BearerTokens {

  /** How stale a token's recorded last use may be before a request writes it again. */
  static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  private static final int MAX_LENGTH = 100;

  private final ApiTokenRecords tokens;
  private final UserAccounts accounts;
  private final Clock clock;

  TokenSignIn(ApiTokenRecords tokens, UserAccounts accounts, Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Grant authenticate(String secret) {
    if (!secret.startsWith(ApiTokens.PREFIX) || secret.length() > MAX_LENGTH) {
      throw invalid();
    }
    ApiToken token =
        tokens
            .findByHash(Sha256.of(secret))
            .filter(t -> t.validOn(LocalDate.now(clock)))
            .orElseThrow(TokenSignIn::invalid);
    UserAccount account =
        accounts
            .findById(token.userId())
            .filter(UserAccount::enabled)
            .orElseThrow(TokenSignIn::invalid);
    Instant now = clock.instant();
    Instant since = now.minus(USE_RECORDED_EVERY);
    if (token.lastUsedBefore(since)) {
      tokens.recordUse(token.id(), now, since);
    }
    AccountPrincipal principal = AccountPrincipal.of(account, "");
    UsernamePasswordAuthenticationToken authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities());
    // marks the sign-in as a token's: IdentityPolicy#mayCreateApiTokens refuses it
    authentication.setDetails(token.scope());
    return new Grant(authentication, token.scope() == TokenScope.WRITE);
  }

  private static BadCredentialsException invalid() {
    return new BadCredentialsException("Invalid token");
  }
}
