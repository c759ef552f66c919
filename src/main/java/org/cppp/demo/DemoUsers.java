package org.cppp.demo;

import java.util.function.Supplier;
import org.cppp.platform.SystemActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs demo work signed in as a demo account, as if through the web. */
@Component
class DemoUsers {

  private final UserDetailsService accounts;

  DemoUsers(UserDetailsService accounts) {
    this.accounts = accounts;
  }

  <T> T as(String username, Supplier<T> work) {
    UserDetails user = accounts.loadUserByUsername(username);
    return SystemActor.callAs(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
  }
}
