package org.cppp.identity;

import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches the identity provider's user to a CPPP account: by a verified e-mail ({@code
 * email_verified} true), or by the configured claim against the username; the roles and binding are
 * CPPP's (the provider grants nothing). No match, or an unverified e-mail, is refused and audited.
 */
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

  static final String AUDIT_TYPE = "sso";
  static final String USERNAME = "cppp_username";
  static final String REFUSED = "cppp_no_matching_user";

  private final OidcUserService provider = new OidcUserService();
  private final UserAccounts accounts;
  private final AuditTrail audit;
  private final OidcSettings settings;

  OidcAccounts(UserAccounts accounts, AuditTrail audit, OidcSettings settings) {
    this.accounts = accounts;
    this.audit = audit;
    this.settings = settings;
  }

  @Override
  @Transactional(noRollbackFor = OAuth2AuthenticationException.class)
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    Object value = user.getClaims().get(settings.matchClaim());
    boolean byEmail = OidcSettings.EMAIL.equals(settings.matchClaim());
    List<UserAccount> found = List.of();
    if (value instanceof String key && !key.isBlank()) {
      if (byEmail && Boolean.TRUE.equals(user.getEmailVerified())) {
        found = accounts.enabledWithEmail(key.strip());
      } else if (!byEmail) {
        found = accounts.findByUsername(key.strip()).filter(UserAccount::enabled).stream().toList();
      }
    }
    String subject = user.getSubject();
    if (found.size() != 1) {
      audit.record(
          AUDIT_TYPE,
          subject,
          "SIGN_IN_REFUSED",
          Map.of(
              "claim", settings.matchClaim(),
              "value", String.valueOf(value),
              "reason", found.isEmpty() ? "no enabled user matches" : "several users match"));
      throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED));
    }
    UserAccount account = found.get(0);
    audit.record(Users.AUDIT_TYPE, account.username(), "SSO_SIGNED_IN", Map.of("subject", subject));
    return new DefaultOidcUser(
        AccountPrincipal.of(account, "").getAuthorities(),
        user.getIdToken(),
        new OidcUserInfo(Map.of("sub", subject, USERNAME, account.username())),
        USERNAME);
  }
}
