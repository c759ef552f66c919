package org.cppp.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who reaches the recognition pages and API: the published lists, certificates and the nomination
 * form are public; staff read the cycles; officers and administrators change them.
 */
@Configuration(proxyBeanMethods = false)
class RecognitionWebSetup {

  static final String[] STAFF = Role.names(RecognitionPolicy.STAFF);
  static final String[] EDITORS = Role.names(RecognitionPolicy.EDITORS);

  @Bean
  HttpAccessRules recognitionAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers(HttpMethod.GET, "/recognition/cycles", "/recognition/cycles/**")
            .hasAnyRole(STAFF);
        registry
            .requestMatchers("/recognition/cycles", "/recognition/cycles/**")
            .hasAnyRole(EDITORS);
        registry.requestMatchers(HttpMethod.GET, "/recognition", "/recognition/*").permitAll();
        registry.requestMatchers(HttpMethod.GET, "/recognition/*/certificates/*").permitAll();
        registry.requestMatchers("/recognition/*/nominate").permitAll();
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers(HttpMethod.GET, "/api/recognition", "/api/recognition/**")
            .hasAnyRole(STAFF);
        registry.requestMatchers("/api/recognition", "/api/recognition/**").hasAnyRole(EDITORS);
      }
    };
  }

  @Bean
  NavItem recognitionPublicNavItem() {
    return new NavItem("nav.recognition", "/recognition", Set.of(), 70);
  }

  @Bean
  NavItem recognitionCyclesNavItem() {
    return new NavItem(
        "nav.recognition-cycles", "/recognition/cycles", Set.of(STAFF), 71, NavItem.OUTREACH);
  }

  @Bean
  DashboardTiles recognitionTiles(RecognitionCycles cycles, RecognitionNominations nominations) {
    return roles -> {
      if (!Role.anyNamed(roles, RecognitionPolicy.STAFF)) {
        return List.of();
      }
      List<DashboardTiles.Tile> tiles = new ArrayList<>();
      tiles.add(
          new DashboardTiles.Tile(
              "dashboard.recognition-cycles", cycles.countInProgress(), "/recognition/cycles", 70));
      tiles.add(
          new DashboardTiles.Tile(
              "dashboard.recognition-pending",
              nominations.countPending(),
              "/recognition/cycles",
              71));
      return tiles;
    };
  }
}
