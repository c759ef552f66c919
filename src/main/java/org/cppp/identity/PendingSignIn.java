package org.cppp.identity;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A session whose password was checked but whose second factor is still due: it holds no role, so
 * it reaches only the step it is on ({@link SecondFactorSignIn} keeps it there) and sign-out.
 */
final class PendingSignIn extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  /** The step still due: a code from the authenticator, or enrolling one first. */
  enum Step {
    CODE("/login/second-factor"),
    ENROL("/account/totp");

    private final String page;

    Step(String page) {
      this.page = page;
    }

    String page() {
      return page;
    }
  }

  private final String username;
  private final Step step;

  PendingSignIn(String username, Step step) {
    super(List.of(new SimpleGrantedAuthority("SIGN_IN_PENDING_" + step.name())));
    this.username = username;
    this.step = step;
    setAuthenticated(true);
  }

  Step step() {
    return step;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return username;
  }
}
