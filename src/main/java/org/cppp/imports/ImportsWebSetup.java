package org.cppp.imports;

import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who reaches the import page and API, and its place in the navigation. */
@Configuration(proxyBeanMethods = false)
class ImportsWebSetup {

  private static final String[] IMPORTERS = Role.names(ImportsPolicy.IMPORTERS);

  @Bean
  HttpAccessRules importsAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/imports", "/imports/**").hasAnyRole(IMPORTERS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/api/imports", "/api/imports/**").hasAnyRole(IMPORTERS);
      }
    };
  }

  @Bean
  NavItem importsNavItem() {
    return new NavItem("nav.imports", "/imports", Set.of(IMPORTERS), 85, NavItem.ADMINISTRATION);
  }
}
