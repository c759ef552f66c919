package org.cppp.identity;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as Spring Security holds it, with the account's binding. */
class AccountPrincipal extends User {

  private static final long serialVersionUID = 1L;

  private final String factoryBr;
  private final String providerCode;

  AccountPrincipal(
      String username,
      String passwordHash,
      boolean enabled,
      Collection<? extends GrantedAuthority> authorities,
      String factoryBr,
      String providerCode) {
    super(username, passwordHash, enabled, true, true, true, authorities);
    this.factoryBr = factoryBr;
    this.providerCode = providerCode;
  }

  /** The principal of this account, as a session or a token signs it in. */
  static AccountPrincipal of(UserAccount account, String passwordHash) {
    return new AccountPrincipal(
        account.username(),
        passwordHash,
        account.enabled(),
        account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
        account.factoryBr(),
        account.providerCode());
  }

  String factoryBr() {
    return factoryBr;
  }

  String providerCode() {
    return providerCode;
  }
}
