package org.cppp.identity;

import java.util.List;
import java.util.Set;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who reaches the user administration, its place in the navigation and on the dashboard. */
@Configuration(proxyBeanMethods = false)
class IdentityWebSetup {

  private static final String[] ADMINS = Role.names(IdentityPolicy.ADMINS);

  @Bean
  HttpAccessRules identityAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/admin/users", "/admin/users/**").hasAnyRole(ADMINS);
        registry
            .requestMatchers(
                "/account/password",
                "/account/language",
                "/account/tokens",
                "/account/tokens/**",
                "/account/totp",
                "/account/totp/**",
                "/login/second-factor")
            .authenticated();
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/api/users", "/api/users/**").hasAnyRole(ADMINS);
        registry.requestMatchers("/api/tokens", "/api/tokens/**").authenticated();
      }
    };
  }

  @Bean
  NavItem usersNavItem() {
    return new NavItem("nav.users", "/admin/users", Set.of(ADMINS), 90, NavItem.ADMINISTRATION);
  }

  @Bean
  DashboardTiles identityTiles(UserAccounts accounts) {
    return roles ->
        Role.anyNamed(roles, IdentityPolicy.ADMINS)
            ? List.of(
                new DashboardTiles.Tile("dashboard.users", accounts.count(), "/admin/users", 90))
            : List.of();
  }
}
