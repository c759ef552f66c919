package org.cppp.application;

import java.util.ArrayList;
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

/** Who reaches the application pages and API, their navigation entry and dashboard tiles. */
@Configuration(proxyBeanMethods = false)
class ApplicationWebSetup {

  static final String[] ROLES = Role.names(ApplicationPolicy.READERS);

  @Bean
  HttpAccessRules applicationAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/applications", "/applications/**").hasAnyRole(ROLES);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/api/applications", "/api/applications/**").hasAnyRole(ROLES);
      }
    };
  }

  @Bean
  NavItem applicationsNavItem() {
    return new NavItem("nav.applications", "/applications", Set.of(ROLES), 20);
  }

  @Bean
  DashboardTiles applicationTiles(FundingApplicationRepository repository) {
    return roles -> {
      List<DashboardTiles.Tile> tiles = new ArrayList<>();
      if (Role.anyNamed(roles, ApplicationPolicy.LEDGER_READERS)) {
        tiles.add(
            tile(repository, "dashboard.applications.submitted", ApplicationStatus.SUBMITTED, 21));
        tiles.add(
            tile(repository, "dashboard.applications.screening", ApplicationStatus.SCREENING, 22));
        tiles.add(
            tile(
                repository,
                "dashboard.applications.ready",
                ApplicationStatus.READY_FOR_COMMITTEE,
                23));
      }
      if (Role.anyNamed(roles, ApplicationPolicy.APPLICANTS)) {
        String br = org.cppp.identity.CurrentUser.current().factoryBr();
        long open = br == null ? 0 : repository.countByFactoryBrAndStatusIn(br, Screening.OPEN);
        tiles.add(
            new DashboardTiles.Tile("dashboard.applications.mine", open, "/applications", 20));
        if (br != null) {
          tiles.add(drafts(repository, br));
          tiles.add(
              new DashboardTiles.Tile(
                  "dashboard.applications.start",
                  0,
                  "/applications/new",
                  19,
                  "dashboard.applications.start.value"));
        }
      }
      return tiles;
    };
  }

  /** The factory's drafts: a single one links straight to its form, several to the list. */
  private static DashboardTiles.Tile drafts(FundingApplicationRepository repository, String br) {
    List<FundingApplication> drafts =
        repository.findTop2ByFactoryBrAndStatusOrderByIdDesc(br, ApplicationStatus.DRAFT);
    long count =
        drafts.size() < 2
            ? drafts.size()
            : repository.countByFactoryBrAndStatusIn(br, Set.of(ApplicationStatus.DRAFT));
    String link =
        drafts.size() == 1
            ? "/applications/" + drafts.get(0).reference() + "/edit"
            : "/applications?status=" + ApplicationStatus.DRAFT;
    return new DashboardTiles.Tile("dashboard.applications.drafts", count, link, 18);
  }

  private static DashboardTiles.Tile tile(
      FundingApplicationRepository repository, String key, ApplicationStatus status, int order) {
    return new DashboardTiles.Tile(
        key, repository.countByStatus(status), "/applications?status=" + status, order);
  }
}
