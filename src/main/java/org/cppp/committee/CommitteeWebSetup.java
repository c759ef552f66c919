package org.cppp.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who reaches the committee's pages and API, its navigation entry and dashboard tiles. */
@Configuration(proxyBeanMethods = false)
class CommitteeWebSetup {

  private static final String[] READERS = CommitteePolicy.names(CommitteePolicy.READERS);
  private static final String[] LETTER_READERS =
      CommitteePolicy.names(CommitteePolicy.LETTER_READERS);

  @Bean
  HttpAccessRules committeeAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/committee/letters/**").hasAnyRole(LETTER_READERS);
        registry.requestMatchers("/committee", "/committee/**").hasAnyRole(READERS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/api/committee/letters/**").hasAnyRole(LETTER_READERS);
        registry.requestMatchers("/api/committee", "/api/committee/**").hasAnyRole(READERS);
      }
    };
  }

  @Bean
  NavItem committeeNavItem() {
    return new NavItem("nav.committee", "/committee", Set.of(READERS), 30);
  }

  @Bean
  DashboardTiles committeeTiles(
      Meetings meetings, MeetingAttendance attendance, Circulations circulations) {
    return roles -> {
      List<DashboardTiles.Tile> tiles = new ArrayList<>();
      if (CommitteePolicy.memberTiles(roles)) {
        int due =
            attendance.declarationsDue().stream().mapToInt(DeclarationDue::itemsUndeclared).sum();
        tiles.add(
            new DashboardTiles.Tile("dashboard.committee.declarations", due, "/committee", 30));
        tiles.add(
            new DashboardTiles.Tile(
                "dashboard.committee.votes",
                circulations.awaitingMyVote().size(),
                "/committee/circulations",
                31));
      }
      if (CommitteePolicy.meetingTiles(roles)) {
        tiles.add(
            new DashboardTiles.Tile(
                "dashboard.committee.meetings",
                meetings.upcoming().size(),
                "/committee/meetings",
                32));
      }
      return tiles;
    };
  }
}
