package org.cppp.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a username and password (the sign-in form and the API's HTTP Basic) only when the {@link
 * LoginThrottle} allows the attempt. A throttled attempt, a wrong password and an unknown user fail
 * alike ({@link BadCredentialsException}), so a failure never tells whether an account exists. A
 * user who owes a second factor ({@link TwoFactor}) signs in only through the form, never with HTTP
 * Basic.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

  private final DaoAuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final TwoFactor twoFactor;

  ThrottledSignIn(
      AccountDetails accounts,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      TwoFactor twoFactor) {
    this.passwords = new DaoAuthenticationProvider(accounts);
    this.passwords.setPasswordEncoder(encoder);
    this.throttle = throttle;
    this.twoFactor = twoFactor;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    LoginThrottle.Attempt attempt =
        throttle.take(authentication.getName(), address(authentication));
    if (!attempt.allowed()) {
      throw new BadCredentialsException("Bad credentials");
    }
    Authentication result;
    try {
      result = passwords.authenticate(authentication);
    } catch (AuthenticationException e) {
      throttle.failed(attempt);
      throw new BadCredentialsException("Bad credentials", e);
    }
    throttle.succeeded(attempt);
    if (!signInForm() && twoFactor.stepAfterPassword(result.getName()).isPresent()) {
      // HTTP Basic has no second step: such a user's programs use a personal access token
      throw new BadCredentialsException("Second factor required");
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** Whether the password came through the sign-in form (which then asks the second factor). */
  private static boolean signInForm() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
      return false;
    }
    var request = web.getRequest();
    return "POST".equals(request.getMethod())
        && (request.getContextPath() + "/login").equals(request.getRequestURI());
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }
}
