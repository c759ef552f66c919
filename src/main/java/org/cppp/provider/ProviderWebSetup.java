package org.cppp.provider;

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
 * Who reaches the provider pages and API, the navigation entries and the dashboard tiles. The
 * public list and the form to apply to join it are open to everyone; the facade checks each record
 * again (provider users see only their own provider).
 */
@Configuration(proxyBeanMethods = false)
class ProviderWebSetup {

  static final String[] STAFF = Role.names(ProviderPolicy.STAFF);
  static final String[] READERS = Role.names(ProviderPolicy.READERS);
  static final String[] EDITORS = Role.names(ProviderPolicy.EDITORS);
  static final String[] CHECKERS = Role.names(ProviderPolicy.CHECKERS);
  static final String[] PROVIDERS = Role.names(ProviderPolicy.PROVIDERS);

  @Bean
  HttpAccessRules providerAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers(
                "/providers/registered",
                "/providers/apply",
                "/providers/apply/sent",
                "/providers/apply/confirm/*")
            .permitAll();
        registry
            .requestMatchers("/providers/applications", "/providers/applications/**")
            .hasAnyRole(EDITORS);
        registry.requestMatchers("/providers/mine").hasAnyRole(PROVIDERS);
        registry
            .requestMatchers("/providers/new", "/providers/lapses", "/providers/lapses/**")
            .hasAnyRole(EDITORS);
        registry
            .requestMatchers(
                "/providers/*/edit", "/providers/*/removal", "/providers/*/reinstatement")
            .hasAnyRole(EDITORS);
        registry.requestMatchers("/providers/*/quality-checks/**").hasAnyRole(CHECKERS);
        registry.requestMatchers("/providers").hasAnyRole(STAFF);
        registry.requestMatchers(HttpMethod.GET, "/providers/*").hasAnyRole(READERS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers("/api/provider-applications", "/api/provider-applications/**")
            .hasAnyRole(EDITORS);
        registry
            .requestMatchers(HttpMethod.POST, "/api/providers/*/quality-checks")
            .hasAnyRole(CHECKERS);
        registry
            .requestMatchers(HttpMethod.GET, "/api/providers/*", "/api/providers/*/**")
            .hasAnyRole(READERS);
        registry.requestMatchers(HttpMethod.GET, "/api/providers").hasAnyRole(STAFF);
        registry
            .requestMatchers(HttpMethod.POST, "/api/providers", "/api/providers/*/*")
            .hasAnyRole(EDITORS);
        registry.requestMatchers(HttpMethod.PUT, "/api/providers/*").hasAnyRole(EDITORS);
      }
    };
  }

  @Bean
  NavItem providersNavItem() {
    return new NavItem("nav.providers", "/providers", Set.of(STAFF), 30);
  }

  @Bean
  NavItem registeredProvidersNavItem() {
    return new NavItem("nav.providers.registered", "/providers/registered", Set.of(), 80);
  }

  @Bean
  NavItem myProviderNavItem() {
    return new NavItem("nav.providers.mine", "/providers/mine", Set.of(PROVIDERS), 31);
  }

  @Bean
  DashboardTiles providerTiles(Providers providers, ProviderApplications applications) {
    return roles -> {
      if (!Role.anyNamed(roles, ProviderPolicy.STAFF)) {
        return List.of();
      }
      ProviderFigures figures = providers.figures();
      List<DashboardTiles.Tile> tiles = new ArrayList<>();
      tiles.add(
          new DashboardTiles.Tile(
              "dashboard.providers", figures.registered(), "/providers?status=REGISTERED", 30));
      for (ProviderBase base : ProviderBase.values()) {
        tiles.add(
            new DashboardTiles.Tile(
                "dashboard.providers." + base,
                figures.byBase().get(base),
                "/providers?status=REGISTERED&base=" + base,
                31 + base.ordinal()));
      }
      if (Role.anyNamed(roles, ProviderPolicy.EDITORS)) {
        tiles.add(
            new DashboardTiles.Tile(
                "dashboard.providers.flagged", figures.flagged(), "/providers/lapses", 35));
        tiles.add(
            new DashboardTiles.Tile(
                "dashboard.providers.applications",
                applications.countPending(),
                "/providers/applications",
                36));
      }
      return tiles;
    };
  }
}
