package org.cppp.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for sign-in (the throttle is {@link ThrottledSignIn}'s). */
@Service
class AccountDetails implements UserDetailsService {

  private final UserAccounts accounts;

  AccountDetails(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    UserAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    return AccountPrincipal.of(account, account.passwordHash());
  }
}
