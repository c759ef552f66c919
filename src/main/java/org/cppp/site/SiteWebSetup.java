package org.cppp.site;

import org.cppp.platform.HttpAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The front page is open to everyone. */
@Component
class SiteWebSetup implements HttpAccessRules {

  @Override
  public void pages(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {
    registry.requestMatchers("/").permitAll();
  }
}
