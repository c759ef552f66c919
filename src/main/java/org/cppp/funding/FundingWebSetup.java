package org.cppp.funding;

import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who reaches the funding rules, the calculator and the budget; navigation and dashboard tiles. */
@Configuration(proxyBeanMethods = false)
class FundingWebSetup {

  static final String[] STAFF = Role.names(FundingPolicy.STAFF);
  static final String[] BUDGET_READERS = Role.names(FundingPolicy.BUDGET_READERS);
  static final String[] EDITORS = Role.names(FundingPolicy.EDITORS);
  static final String[] SCHEME_EDITORS = Role.names(FundingPolicy.SCHEME_EDITORS);

  @Bean
  HttpAccessRules fundingAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/funding/calculator").permitAll();
        registry.requestMatchers(HttpMethod.GET, "/funding/phases").hasAnyRole(STAFF);
        registry.requestMatchers(HttpMethod.POST, "/funding/phases").hasAnyRole(EDITORS);
        registry.requestMatchers(HttpMethod.GET, "/funding/schemes").hasAnyRole(STAFF);
        registry.requestMatchers(HttpMethod.POST, "/funding/schemes").hasAnyRole(SCHEME_EDITORS);
        registry.requestMatchers(HttpMethod.POST, "/budget/commitments").hasAnyRole(EDITORS);
        registry
            .requestMatchers(
                HttpMethod.GET,
                "/budget",
                "/budget.csv",
                "/budget/burn.csv",
                "/budget/forecast.csv")
            .hasAnyRole(BUDGET_READERS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers(HttpMethod.GET, "/api/funding/quote").permitAll();
        registry.requestMatchers(HttpMethod.GET, "/api/funding/phases").hasAnyRole(STAFF);
        registry.requestMatchers(HttpMethod.POST, "/api/funding/phases").hasAnyRole(EDITORS);
        registry.requestMatchers(HttpMethod.GET, "/api/funding/schemes").permitAll();
        registry
            .requestMatchers(HttpMethod.POST, "/api/funding/schemes")
            .hasAnyRole(SCHEME_EDITORS);
        registry
            .requestMatchers(HttpMethod.POST, "/api/budget/commitments", "/api/budget/periods")
            .hasAnyRole(EDITORS);
        registry
            .requestMatchers(HttpMethod.GET, "/api/budget", "/api/budget/**")
            .hasAnyRole(BUDGET_READERS);
      }
    };
  }

  /** Scheme names the bundles lack come from the catalogue (see {@link SchemeNames}). */
  @Bean
  SmartInitializingSingleton schemeNamesInMessages(
      MessageSource messageSource, ObjectProvider<SchemeCache> catalogue) {
    return () -> {
      if (messageSource instanceof HierarchicalMessageSource messages
          && messages.getParentMessageSource() == null) {
        messages.setParentMessageSource(new SchemeNames(catalogue.getObject()));
      }
    };
  }

  @Bean
  NavItem fundingRulesNavItem() {
    return new NavItem("nav.funding.rules", "/funding/phases", Set.of(STAFF), 60, NavItem.FUNDING);
  }

  @Bean
  NavItem fundingSchemesNavItem() {
    return new NavItem(
        "nav.funding.schemes", "/funding/schemes", Set.of(STAFF), 61, NavItem.FUNDING);
  }

  @Bean
  NavItem budgetNavItem() {
    return new NavItem("nav.budget", "/budget", Set.of(BUDGET_READERS), 62, NavItem.FUNDING);
  }

  @Bean
  NavItem calculatorNavItem() {
    return new NavItem("nav.funding.calculator", "/funding/calculator", Set.of(), 64);
  }

  @Bean
  DashboardTiles budgetTiles(Budget budget) {
    return roles -> {
      if (!Role.anyNamed(roles, FundingPolicy.BUDGET_READERS)) {
        return List.of();
      }
      BudgetSummary summary = budget.summary();
      return List.of(
          new DashboardTiles.Tile(
              "dashboard.budget.available",
              summary.availableHkd().setScale(0, RoundingMode.DOWN).longValueExact(),
              "/budget",
              60),
          new DashboardTiles.Tile(
              "dashboard.budget.committed",
              summary.committedHkd().setScale(0, RoundingMode.DOWN).longValueExact(),
              "/budget",
              61));
    };
  }
}
