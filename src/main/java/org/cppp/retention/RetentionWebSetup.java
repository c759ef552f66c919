package org.cppp.retention;

import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who reaches the retention rules and the personal-data export, and their place in the menu. */
@Configuration(proxyBeanMethods = false)
class RetentionWebSetup {

  private static final String[] OFFICERS = Role.names(RetentionPolicy.OFFICERS);

  @Bean
  HttpAccessRules retentionAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/retention", "/retention/**").hasAnyRole(OFFICERS);
        registry.requestMatchers("/personal-data", "/personal-data/**").hasAnyRole(OFFICERS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/api/retention", "/api/retention/**").hasAnyRole(OFFICERS);
        registry
            .requestMatchers("/api/personal-data", "/api/personal-data/**")
            .hasAnyRole(OFFICERS);
      }
    };
  }

  @Bean
  NavItem retentionNavItem() {
    return new NavItem("nav.retention", "/retention", Set.of(OFFICERS), 93, NavItem.ADMINISTRATION);
  }

  @Bean
  NavItem personalDataNavItem() {
    return new NavItem(
        "nav.personal-data", "/personal-data", Set.of(OFFICERS), 94, NavItem.ADMINISTRATION);
  }
}
