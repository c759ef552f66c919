package org.cppp.reporting;

import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who reaches the reports and the dashboard, and their place in the navigation. */
@Configuration(proxyBeanMethods = false)
class ReportingWebSetup {

  static final String[] READERS = Role.names(ReportingPolicy.READERS);
  static final String[] DASHBOARD = Role.names(ReportingPolicy.DASHBOARD_READERS);

  @Bean
  HttpAccessRules reportingAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers("/reports/dashboard", "/reports/dashboard/**")
            .hasAnyRole(DASHBOARD);
        registry.requestMatchers("/reports", "/reports/**").hasAnyRole(READERS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/api/reports", "/api/reports/**").hasAnyRole(READERS);
      }
    };
  }

  @Bean
  NavItem reportsNavItem() {
    return new NavItem("nav.reports", "/reports/progress", Set.of(READERS), 80);
  }
}
