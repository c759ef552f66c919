package org.cppp.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system's reads of who holds a role, for other modules' own work rather than for showing users
 * to a user: the committee appoints only enabled COMMITTEE users, and mail goes to a factory's
 * applicants. No role of the current user is required (a listener sending mail after a commit has
 * none); nothing here lists or searches accounts.
 */
@Service
@Transactional(readOnly = true)
public class RoleHolders {

  private final UserAccounts accounts;

  RoleHolders(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** The display name of this user if the account is enabled and holds the role. */
  public Optional<String> displayName(String username, Role role) {
    return accounts
        .findByUsername(username)
        .filter(a -> a.enabled() && a.roles().contains(role))
        .map(a -> a.view().displayName());
  }

  /** The e-mail addresses of the enabled users holding the role bound to this factory. */
  public List<String> emailsAtFactory(Role role, String factoryBr) {
    return accounts.emailsOf(role, factoryBr);
  }
}
