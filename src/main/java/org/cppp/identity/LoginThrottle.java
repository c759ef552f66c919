package org.cppp.identity;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated failed sign-ins (pages and API alike). The count
 * lives in the database, so it holds across instances and restarts.
 */
@Component
class LoginThrottle {

  private final UserAccounts accounts;
  private final int maxFailures;
  private final Duration lockFor;

  LoginThrottle(
      UserAccounts accounts,
      @Value("${cppp.login.max-failures:5}") int maxFailures,
      @Value("${cppp.login.lock-minutes:15}") long lockMinutes) {
    this.accounts = accounts;
    this.maxFailures = maxFailures;
    this.lockFor = Duration.ofMinutes(lockMinutes);
  }

  @EventListener
  @Transactional
  public void failed(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailedLogin(
        event.getAuthentication().getName(), maxFailures, Instant.now().plus(lockFor));
  }

  @EventListener
  @Transactional
  public void succeeded(AuthenticationSuccessEvent event) {
    accounts.recordSuccessfulLogin(event.getAuthentication().getName());
  }
}
