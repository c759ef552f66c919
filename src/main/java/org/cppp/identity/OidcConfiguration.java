package org.cppp.identity;

import org.cppp.audit.AuditTrail;
import org.cppp.platform.SignInSteps;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * OpenID Connect single sign-on (Spring Security's OAuth2 client, authorization-code flow), on only
 * when {@code cppp.oidc.issuer-uri} is set: the sign-in page then offers "Sign in with ...". A
 * matched user ({@link OidcAccounts}) is signed in with CPPP's roles and skips CPPP's TOTP (the
 * identity provider does its own second factor); a refused one is sent back to the sign-in page
 * with the reason.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${cppp.oidc.issuer-uri:}'.isBlank()")
@EnableConfigurationProperties(OidcSettings.class)
class OidcConfiguration {

  static final String REGISTRATION = "cppp";
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(OidcConfiguration.class);

  @Bean
  ClientRegistrationRepository oidcClients(OidcSettings settings) {
    ClientRegistration registration =
        ClientRegistrations.fromIssuerLocation(settings.issuerUri())
            .registrationId(REGISTRATION)
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .clientName(settings.name())
            .scope("openid", "email", "profile")
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .build();
    return new InMemoryClientRegistrationRepository(registration);
  }

  @Bean
  OidcAccounts oidcAccounts(UserAccounts accounts, AuditTrail audit, OidcSettings settings) {
    return new OidcAccounts(accounts, audit, settings);
  }

  @Bean
  SignInSteps oidcSignIn(OidcAccounts matcher, SecondFactorSessions sessions) {
    return pages ->
        pages.oauth2Login(
            login ->
                login
                    .loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(matcher))
                    .successHandler(
                        (request, response, authentication) -> {
                          sessions.signIn(request, response, authentication.getName());
                          response.sendRedirect(
                              request.getContextPath() + SecondFactorSessions.DONE);
                        })
                    .failureHandler(
                        (request, response, failure) -> {
                          LOG.warn(
                              "Single sign-on refused: {}",
                              failure instanceof OAuth2AuthenticationException refused
                                  ? refused.getError().getErrorCode()
                                  : failure.getMessage());
                          response.sendRedirect(request.getContextPath() + "/login?sso=refused");
                        }));
  }
}
