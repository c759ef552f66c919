package org.cppp.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on the API and signs the request in for itself only
 * (no session): a token that signs no one in is answered 401, a read-only token asking to change
 * something 403, both as problem details. A request without a bearer token passes on untouched (to
 * HTTP Basic).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  static final String PREFIX = "Bearer ";
  private static final Set<String> READS = Set.of("GET", "HEAD");

  private final List<BearerTokens> tokens;
  private final ProblemSecurityHandler problems;

  BearerTokenFilter(List<BearerTokens> tokens, ProblemSecurityHandler problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  /** Whether the request carries a bearer token (its 401 then names the bearer scheme). */
  static boolean carriesToken(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!carriesToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(PREFIX.length()).strip();
    BearerTokens.Grant grant;
    try {
      grant = grant(token);
    } catch (AuthenticationException e) {
      SecurityContextHolder.clearContext();
      problems.commence(request, response, e);
      return;
    }
    if (!grant.writes() && !READS.contains(request.getMethod())) {
      problems.handle(request, response, new AccessDeniedException("A read-only token"));
      return;
    }
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(grant.authentication());
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    chain.doFilter(request, response);
  }

  private BearerTokens.Grant grant(String token) {
    if (tokens.isEmpty() || token.isEmpty()) {
      throw new BadCredentialsException("Invalid token");
    }
    return tokens.get(0).authenticate(token);
  }
}
