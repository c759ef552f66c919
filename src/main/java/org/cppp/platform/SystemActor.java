package org.cppp.platform;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work as the user {@code system} with the ADMIN role, so facades'
 * access checks and the audit trail treat it like any other actor.
 */
public final class SystemActor {

  public static final String NAME = "system";

  private SystemActor() {}

  public static <T> T call(Supplier<T> work) {
    return callAs(
        UsernamePasswordAuthenticationToken.authenticated(
            NAME, null, List.of(new SimpleGrantedAuthority(PlatformPolicy.ADMIN_AUTHORITY))),
        work);
  }

  /**
   * Runs work signed in as someone else (a demo account, a test's user), as if through the web, and
   * puts back whoever was signed in.
   */
  public static <T> T callAs(Authentication who, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(who);
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
