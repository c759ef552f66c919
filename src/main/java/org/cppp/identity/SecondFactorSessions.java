package org.cppp.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Moves a session between the steps of a password sign-in: {@link #pend} holds it at the second
 * factor (no roles), {@link #complete} signs it in fully once the factor is passed, with the roles
 * and binding read afresh and a new session id.
 */
@Component
public class SecondFactorSessions {

  static final String DONE = "/dashboard";

  private final AccountDetails details;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final RequestCache requests = new HttpSessionRequestCache();

  SecondFactorSessions(AccountDetails details) {
    this.details = details;
  }

  /** Whether the current session still owes a step of its sign-in. */
  public static boolean pending() {
    return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn;
  }

  void pend(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending) {
    store(request, response, pending);
  }

  /**
   * Signs the session in fully, if it was pending; returns where to go next (the page first asked
   * for, or the dashboard).
   */
  public String complete(HttpServletRequest request, HttpServletResponse response) {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending) {
      request.changeSessionId();
      signIn(request, response, pending.getName());
    }
    SavedRequest saved = requests.getRequest(request, response);
    requests.removeRequest(request, response);
    return saved == null ? DONE : saved.getRedirectUrl();
  }

  /** Signs the session in as this user, with their roles and binding read now. */
  void signIn(HttpServletRequest request, HttpServletResponse response, String username) {
    UserDetails user = details.loadUserByUsername(username);
    store(
        request,
        response,
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  private void store(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    contexts.saveContext(context, request, response);
  }
}
