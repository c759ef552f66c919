package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cppp.factory.Sector;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * No page or API call an officer can open loads an unbounded set: on a programme of {@link
 * #APPLICATIONS} applications (written with {@code generate_series}, in a database of its own),
 * every page of the navigation, the dashboards, the lists with each filter and their API answer 200
 * while Hibernate loads at most {@link #MOST_ENTITIES} entities per request (loading every
 * application, as the reports dashboard once did, would load all of them).
 */
@IntegrationTest
@TestPropertySource(properties = "cppp.test.programme=large")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeProgrammePagesTests {

  static final int APPLICATIONS = 30_000;
  static final int MOST_ENTITIES = 1_000;

  /** Pages and calls beside the navigation's. */
  private static final List<String> MORE =
      List.of(
          "/dashboard",
          "/reports",
          "/reports/dashboard",
          "/reports/progress?year=2011",
          "/budget",
          "/deadlines",
          "/applications?status=APPROVED",
          "/applications?scheme=DEMONSTRATION_PROJECT",
          "/applications?sector=TEXTILES",
          "/applications?financialYear=2011",
          "/applications?overdue=true",
          "/applications?text=LP-12",
          "/applications?status=APPROVED&page=40",
          "/api/applications?status=SUBMITTED",
          "/api/applications?text=LP-1&size=50",
          "/api/applications/feed",
          "/api/reports/progress?year=2011",
          "/factories/duplicates");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired EntityManagerFactory entities;
  @Autowired List<NavItem> navigation;

  @BeforeAll
  void aLargeProgramme() {
    String textiles = fixtures.factory(true, "DONGGUAN", Sector.TEXTILES);
    String metal = fixtures.eligibleFactory();
    jdbc.sql(
            "insert into funding_application (reference, factory_br, factory_sector, scheme,"
                + " status, title, total_cost_hkd, technology, submitted_on, decided_on, due_on,"
                + " created_by) select 'LP-' || i, case when i % 2 = 0 then :textiles else :metal"
                + " end, case when i % 2 = 0 then 'TEXTILES' else 'METAL_AND_METAL_PRODUCTS' end,"
                + " case when i % 3 = 0 then 'DEMONSTRATION_PROJECT' else 'ON_SITE_ASSESSMENT'"
                + " end, case when i % 4 = 0 then 'SUBMITTED' else 'APPROVED' end, 'Large"
                + " programme ' || i, 100000, case when i % 3 = 0 then 'ENERGY_SAVING' end,"
                + " date '2009-04-01' + i % 1500, case when i % 4 <> 0 then date '2009-05-01' + i"
                + " % 1500 end, case when i % 4 <> 0 then date '2010-05-01' + i % 1500 end,"
                + " 'generator' from generate_series(1, :n) i")
        .param("textiles", textiles)
        .param("metal", metal)
        .param("n", APPLICATIONS)
        .update();
    jdbc.sql(
            "insert into application_status_change (application_id, from_status, to_status,"
                + " effective_on, actor) select id, 'SUBMITTED', status, coalesce(decided_on,"
                + " submitted_on), 'generator' from funding_application where reference like 'LP-%'")
        .update();
    jdbc.sql(
            "insert into application_feed (application_ref, factory_br, message_key, status,"
                + " actor) select reference, factory_br, 'feed.approved', status, 'generator' from"
                + " funding_application where reference like 'LP-%'")
        .update();
  }

  @Test
  void everyPageAnOfficerCanOpenAnswersWithoutLoadingEveryApplication() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    Set<String> paths = new TreeSet<>(MORE);
    navigation.stream()
        .filter(n -> n.roles().isEmpty() || n.roles().contains(Role.OFFICER.name()))
        .map(NavItem::path)
        .forEach(paths::add);
    Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    List<String> answers = new ArrayList<>();
    try {
      for (String path : paths) {
        statistics.clear();
        MvcResult result =
            mvc.perform(
                    get(path)
                        .with(
                            path.startsWith("/api/")
                                ? accounts.api(officer)
                                : accounts.page(officer)))
                .andReturn();
        answers.add(
            path
                + " "
                + result.getResponse().getStatus()
                + " entities="
                + statistics.getEntityLoadCount());
        assertThat(result.getResponse().getStatus()).as(path).isIn(200, 302);
        assertThat(statistics.getEntityLoadCount())
            .as("entities loaded by %s", path)
            .isLessThanOrEqualTo(MOST_ENTITIES);
      }
    } finally {
      statistics.setStatisticsEnabled(false);
    }
    assertThat(answers).hasSizeGreaterThan(MORE.size());
    System.out.println(String.join("\n", answers));
  }
}
