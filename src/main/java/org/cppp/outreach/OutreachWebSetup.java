package org.cppp.outreach;

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
 * The public outreach pages (events, guidebooks, stories, resources, enquiry form) open to all;
 * staff pages and API for officers (change) and EPD/QA (read); navigation and dashboard tiles.
 */
@Configuration(proxyBeanMethods = false)
class OutreachWebSetup {

  private static final String[] READERS = Role.names(OutreachPolicy.READERS);
  private static final String[] EDITORS = Role.names(OutreachPolicy.EDITORS);

  @Bean
  HttpAccessRules outreachAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers(
                "/events",
                "/events/**",
                "/guidebooks",
                "/guidebooks/**",
                "/stories",
                "/stories/**",
                "/resources",
                "/resources/**",
                "/enquiry")
            .permitAll();
        registry.requestMatchers(HttpMethod.GET, "/outreach/**").hasAnyRole(READERS);
        registry.requestMatchers("/outreach/**").hasAnyRole(EDITORS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        String[] paths = {
          "/api/activities",
          "/api/activities/**",
          "/api/publications",
          "/api/publications/**",
          "/api/enquiries",
          "/api/enquiries/**"
        };
        registry.requestMatchers(HttpMethod.GET, paths).hasAnyRole(READERS);
        registry.requestMatchers(paths).hasAnyRole(EDITORS);
      }
    };
  }

  @Bean
  NavItem eventsNavItem() {
    return new NavItem("nav.events", "/events", Set.of(), 20);
  }

  @Bean
  NavItem storiesNavItem() {
    return new NavItem("nav.stories", "/stories", Set.of(), 21);
  }

  @Bean
  NavItem guidebooksNavItem() {
    return new NavItem("nav.guidebooks", "/guidebooks", Set.of(), 22);
  }

  @Bean
  NavItem enquiryNavItem() {
    return new NavItem("nav.enquiry", "/enquiry", Set.of(), 23);
  }

  @Bean
  NavItem outreachNavItem() {
    return new NavItem(
        "nav.outreach", "/outreach/activities", Set.of(READERS), 60, NavItem.OUTREACH);
  }

  @Bean
  NavItem enquiriesNavItem() {
    return new NavItem(
        "nav.enquiries", "/outreach/enquiries", Set.of(READERS), 61, NavItem.OUTREACH);
  }

  @Bean
  DashboardTiles outreachTiles(Activities activities, Enquiries enquiries, Publications books) {
    return roles -> {
      if (!Role.anyNamed(roles, OutreachPolicy.READERS)) {
        return List.of();
      }
      List<DashboardTiles.Tile> tiles = new ArrayList<>();
      tiles.add(
          new DashboardTiles.Tile(
              "dashboard.outreach.upcoming",
              activities.countUpcoming(30),
              "/outreach/activities",
              60));
      tiles.add(
          new DashboardTiles.Tile(
              "dashboard.outreach.overdue", enquiries.countOverdue(), "/outreach/enquiries", 61));
      tiles.add(
          new DashboardTiles.Tile(
              "dashboard.outreach.preparing",
              books.countInPreparation(),
              "/outreach/publications",
              62));
      return tiles;
    };
  }
}
