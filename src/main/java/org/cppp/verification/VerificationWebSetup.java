package org.cppp.verification;

import java.util.List;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who reaches the verification pages and API (the facades check each case again), the navigation
 * entry and QA's dashboard tile.
 */
@Configuration(proxyBeanMethods = false)
class VerificationWebSetup {

  static final String[] ROLES = {"APPLICANT", "PROVIDER", "OFFICER", "QA", "EPD", "ADMIN"};

  @Bean
  HttpAccessRules verificationAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers("/verifications", "/verifications/**", "/emission-factors", "/tariffs")
            .hasAnyRole(ROLES);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers(
                "/api/verifications",
                "/api/verifications/**",
                "/api/emission-factors",
                "/api/tariffs")
            .hasAnyRole(ROLES);
      }
    };
  }

  @Bean
  DashboardTiles verificationTiles(Cases cases) {
    return roles -> {
      if (!roles.contains("QA") && !roles.contains("OFFICER") && !roles.contains("ADMIN")) {
        return List.of();
      }
      return List.of(
          new DashboardTiles.Tile(
              "dashboard.verifications.submitted",
              cases.countByStatus(CaseStatus.SUBMITTED),
              "/verifications?status=SUBMITTED",
              30));
    };
  }
}
