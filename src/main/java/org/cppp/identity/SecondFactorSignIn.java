package org.cppp.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.cppp.platform.SignInSteps;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of a password sign-in on the pages: after the password, a user with an
 * authenticator is held at {@code /login/second-factor}, and a user whose roles require one and who
 * has none at enrolment ({@code /account/totp}); a held session reaches nothing else but sign-out
 * and the site's static files.
 */
@Component
class SecondFactorSignIn implements SignInSteps {

  private static final List<String> ALWAYS =
      List.of("/logout", "/error", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

  private final TwoFactor twoFactor;
  private final SecondFactorSessions sessions;

  SecondFactorSignIn(TwoFactor twoFactor, SecondFactorSessions sessions) {
    this.twoFactor = twoFactor;
    this.sessions = sessions;
  }

  @Override
  public void configure(HttpSecurity pages) throws Exception {
    SavedRequestAwareAuthenticationSuccessHandler done =
        new SavedRequestAwareAuthenticationSuccessHandler();
    done.setDefaultTargetUrl(SecondFactorSessions.DONE);
    pages.formLogin(
        form ->
            form.successHandler(
                (request, response, authentication) -> {
                  var step = twoFactor.stepAfterPassword(authentication.getName());
                  if (step.isEmpty()) {
                    done.onAuthenticationSuccess(request, response, authentication);
                    return;
                  }
                  sessions.pend(
                      request, response, new PendingSignIn(authentication.getName(), step.get()));
                  response.sendRedirect(request.getContextPath() + step.get().page());
                }));
    pages.addFilterBefore(new HoldAtStep(), AuthorizationFilter.class);
  }

  /** Sends a session that still owes a step back to it. */
  private static final class HoldAtStep extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth instanceof PendingSignIn pending) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String page = pending.step().page();
        boolean allowed =
            path.equals(page)
                || path.startsWith(page + "/")
                || ALWAYS.stream()
                    .anyMatch(a -> a.endsWith("/") ? path.startsWith(a) : path.equals(a));
        if (!allowed) {
          response.sendRedirect(request.getContextPath() + page);
          return;
        }
      }
      chain.doFilter(request, response);
    }
  }
}
