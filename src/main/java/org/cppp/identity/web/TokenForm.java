package org.cppp.identity.web;

import java.time.LocalDate;
import java.util.List;
import org.cppp.identity.NewApiToken;
import org.cppp.identity.TokenScope;

/**
 * The account page's form for a new personal access token ({@link org.cppp.identity.ApiTokens}
 * checks it).
 */
public class TokenForm {

  private String name;

  private TokenScope scope = TokenScope.READ;

  private LocalDate expiresOn;

  NewApiToken command() {
    return new NewApiToken(name, scope == null ? List.of() : List.of(scope), expiresOn);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public TokenScope getScope() {
    return scope;
  }

  public void setScope(TokenScope scope) {
    this.scope = scope;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
