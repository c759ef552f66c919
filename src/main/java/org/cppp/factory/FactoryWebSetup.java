package org.cppp.factory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who reaches the factory register, its place in the navigation and on the dashboard. */
@Configuration(proxyBeanMethods = false)
class FactoryWebSetup {

  private static final String[] READERS = {
    "OFFICER", "ADMIN", "QA", "EPD", "COMMITTEE", "APPLICANT"
  };
  private static final Set<String> STAFF = Set.of("OFFICER", "ADMIN", "QA", "EPD", "COMMITTEE");

  @Bean
  HttpAccessRules factoryAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/factories/mine").hasRole("APPLICANT");
        registry
            .requestMatchers("/factories/new", "/factories/validate-br", "/factories/duplicates")
            .hasAnyRole("OFFICER", "ADMIN");
        registry
            .requestMatchers(HttpMethod.POST, "/factories/eligibility-rules")
            .hasAnyRole("OFFICER", "ADMIN");
        registry.requestMatchers("/factories", "/factories/**").hasAnyRole(READERS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers(HttpMethod.POST, "/api/factories", "/api/factories/**")
            .hasAnyRole("OFFICER", "ADMIN");
        registry
            .requestMatchers(HttpMethod.PUT, "/api/factories/*")
            .hasAnyRole("OFFICER", "ADMIN", "APPLICANT");
        registry
            .requestMatchers(HttpMethod.GET, "/api/factories", "/api/factories/**")
            .hasAnyRole(READERS);
      }
    };
  }

  @Bean
  NavItem factoriesNavItem() {
    return new NavItem("nav.factories", "/factories", STAFF, 10);
  }

  @Bean
  NavItem myFactoryNavItem() {
    return new NavItem("nav.my-factory", "/factories/mine", Set.of("APPLICANT"), 10);
  }

  @Bean
  DashboardTiles factoryTiles(Factories factories) {
    return roles -> {
      List<DashboardTiles.Tile> tiles = new ArrayList<>();
      if (roles.stream().anyMatch(STAFF::contains)) {
        FactoryFigures figures = factories.figures();
        tiles.add(
            new DashboardTiles.Tile("dashboard.factories", figures.registered(), "/factories", 10));
        tiles.add(
            new DashboardTiles.Tile(
                "dashboard.factories.eligible",
                figures.eligible(),
                "/factories?eligible=true",
                11));
        if (roles.contains("OFFICER") || roles.contains("ADMIN")) {
          tiles.add(
              new DashboardTiles.Tile(
                  "dashboard.factories.duplicates",
                  figures.possibleDuplicates(),
                  "/factories/duplicates",
                  12));
        }
      } else if (roles.contains("APPLICANT")) {
        factories
            .mine()
            .ifPresent(
                mine ->
                    tiles.add(
                        mine.eligible()
                            ? new DashboardTiles.Tile(
                                "dashboard.my-factory.eligible",
                                0,
                                "/factories/mine",
                                10,
                                "dashboard.my-factory.eligible.value")
                            : new DashboardTiles.Tile(
                                "dashboard.my-factory.ineligible",
                                mine.ineligibilityReasons().size(),
                                "/factories/mine",
                                10)));
      }
      return tiles;
    };
  }
}
