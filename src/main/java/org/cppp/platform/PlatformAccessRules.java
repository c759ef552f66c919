package org.cppp.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The login page and the signed-in dashboard. */
@Component
class PlatformAccessRules implements HttpAccessRules {

  @Override
  public void pages(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {
    registry.requestMatchers("/login").permitAll();
    registry.requestMatchers("/dashboard").authenticated();
  }
}
