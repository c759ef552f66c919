package org.cppp.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect single sign-on, on when {@code issuerUri} is set: the identity provider's issuer
 * (its discovery document is read at start), this client's id and secret, the claim matched against
 * CPPP's users ({@code email}, which must be verified, against their e-mail; any other claim
 * against their username) and the provider's name on the sign-in page.
 */
@ConfigurationProperties("cppp.oidc")
record OidcSettings(
    String issuerUri, String clientId, String clientSecret, String matchClaim, String name) {

  static final String EMAIL = "email";

  OidcSettings {
    matchClaim = matchClaim == null || matchClaim.isBlank() ? EMAIL : matchClaim.strip();
    name = name == null || name.isBlank() ? "SSO" : name.strip();
  }
}
