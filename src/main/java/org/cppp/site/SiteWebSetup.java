package org.cppp.site;

import org.cppp.identity.Role;
import org.cppp.platform.HttpAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The front page and the account request form are open to everyone; requests are officers'. */
@Component
class SiteWebSetup implements HttpAccessRules {

  @Override
  public void pages(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {
    registry.requestMatchers("/", "/register", "/register/sent", "/register/confirm/*").permitAll();
    registry
        .requestMatchers("/site/account-requests", "/site/account-requests/**")
        .hasAnyRole(Role.names(SitePolicy.REVIEWERS));
  }
}
