package org.cppp.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session {@code cppp.session.absolute-timeout} after it began, however active it has been
 * (the idle timeout, {@code server.servlet.session.timeout}, ends it sooner when unused): a stolen
 * session cookie is worth a working day at most. Runs right after Spring Session's filter, before
 * security, so the request goes on as a visitor's and a page asks to sign in again.
 */
@Component
class SessionLifetime extends OncePerRequestFilter implements Ordered {

  private final Duration absoluteTimeout;
  private final Clock clock;

  SessionLifetime(
      @Value("${cppp.session.absolute-timeout:12h}") Duration absoluteTimeout,
      ObjectProvider<Clock> clock) {
    this.absoluteTimeout = absoluteTimeout;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && expired(session)) {
      session.invalidate();
    }
    chain.doFilter(request, response);
  }

  private boolean expired(HttpSession session) {
    try {
      Instant began = Instant.ofEpochMilli(session.getCreationTime());
      return !clock.instant().isBefore(began.plus(absoluteTimeout));
    } catch (IllegalStateException alreadyInvalid) {
      return false;
    }
  }

  @Override
  public int getOrder() {
    return SessionRepositoryFilter.DEFAULT_ORDER + 1;
  }
}
