package org.cppp.verification;

import java.util.List;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
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

  static final String[] ROLES = Role.names(VerificationPolicy.READERS);
  static final Set<String> WORKERS = Set.of(Role.names(VerificationPolicy.WORKERS));
  static final Set<String> KEEPERS = Set.of(Role.names(VerificationPolicy.KEEPERS));
  static final String ADMIN_MENU = NavItem.ADMINISTRATION;

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

  /**
   * The people who work on cases (the factory, the provider, QA) and EPD get a link on the bar;
   * officers and admins, whose bar is full, find the cases with the rate tables they keep in the
   * administration menu. The case list links the rate tables for everyone.
   */
  @Bean
  NavItem verificationsNavItem() {
    return new NavItem("nav.verifications", "/verifications", WORKERS, 25);
  }

  @Bean
  NavItem verificationCasesNavItem() {
    return new NavItem("nav.verifications.cases", "/verifications", KEEPERS, 86, ADMIN_MENU);
  }

  @Bean
  NavItem emissionFactorsNavItem() {
    return new NavItem("nav.emission-factors", "/emission-factors", KEEPERS, 87, ADMIN_MENU);
  }

  @Bean
  NavItem tariffsNavItem() {
    return new NavItem("nav.tariffs", "/tariffs", KEEPERS, 88, ADMIN_MENU);
  }

  @Bean
  DashboardTiles verificationTiles(Cases cases) {
    return roles -> {
      if (!Role.anyNamed(roles, VerificationPolicy.REVIEWERS)) {
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
