package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report's facts kept per day (V110) equal the figures counted from the raw tables after random
 * changes of every kind the triggers follow: decisions recorded, applications filed under another
 * scheme, technology, factory or sector, and status changes corrected or taken away. Decision dates
 * are in the 2080s so other tests' figures are not disturbed; the comparison covers every row.
 */
@IntegrationTest
class ApplicationFactsTests {

  private static final ApplicationStatus[] OUTCOMES = {
    ApplicationStatus.APPROVED,
    ApplicationStatus.REJECTED,
    ApplicationStatus.COMPLETED,
    ApplicationStatus.WITHDRAWN,
    ApplicationStatus.SUBMITTED
  };

  @Autowired HistoricalApplications history;
  @Autowired ApplicationFigures figures;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void factsEqualTheFiguresCountedFromTheRawTablesAfterRandomChanges() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Sector[] sectors = {Sector.TEXTILES, Sector.FURNITURE, Sector.FOOD_AND_BEVERAGE};
    List<String> factories = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      factories.add(fixtures.factory(true, "DONGGUAN", sectors[i % sectors.length]));
    }
    List<String> references = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      for (int i = 0; i < 8; i++) {
        references.add(record(random, factories));
      }
      for (int i = 0; i < 3; i++) {
        change(random, references, factories);
      }
      assertThat(rawDecisions()).as("seed %d", seed).isEqualTo(factDecisions());
      assertThat(rawFactories()).as("seed %d", seed).isEqualTo(factFactories());
      LocalDate asAt =
          round == 5
              ? LocalDate.of(2090, 3, 31)
              : LocalDate.of(2080, 1, 1).plusDays(random.nextInt(3_650));
      List<String> expected = rawFigures(asAt);
      assertThat(SystemActor.call(() -> reportFigures(asAt)))
          .as("seed %d, as at %s", seed, asAt)
          .isEqualTo(expected);
      if (round == 5) {
        assertThat(expected).as("figures of the 2080s").anyMatch(f -> f.contains(" 208"));
      }
    }
  }

  private String record(Random random, List<String> factories) {
    String reference = "FX-" + UUID.randomUUID().toString().substring(0, 8);
    ApplicationStatus status = OUTCOMES[random.nextInt(OUTCOMES.length)];
    Scheme scheme = Scheme.launchSchemes().get(random.nextInt(Scheme.launchSchemes().size()));
    LocalDate submitted = LocalDate.of(2080, 1, 1).plusDays(random.nextInt(3_000));
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    reference,
                    scheme,
                    factories.get(random.nextInt(factories.size())),
                    null,
                    new BigDecimal("10000.00"),
                    submitted,
                    status,
                    status == ApplicationStatus.SUBMITTED
                        ? null
                        : submitted.plusDays(random.nextInt(60)),
                    Scheme.DEMONSTRATION_PROJECT.equals(scheme)
                        ? TechnologyCategory.values()[
                            random.nextInt(TechnologyCategory.values().length)]
                        : null,
                    "Facts")));
    return reference;
  }

  /** One change of the kind a merge, a variation or a correction makes, made in SQL. */
  private void change(Random random, List<String> references, List<String> factories) {
    String reference = references.get(random.nextInt(references.size()));
    switch (random.nextInt(5)) {
      case 0 ->
          jdbc.sql(
                  "update funding_application set factory_br = :br, factory_sector = (select"
                      + " sector from factory where br_number = :br) where reference = :ref")
              .param("br", factories.get(random.nextInt(factories.size())))
              .param("ref", reference)
              .update();
      case 1 ->
          jdbc.sql(
                  "update funding_application set scheme = 'DEMONSTRATION_PROJECT', technology ="
                      + " :technology where reference = :ref")
              .param(
                  "technology",
                  TechnologyCategory.values()[random.nextInt(TechnologyCategory.values().length)]
                      .name())
              .param("ref", reference)
              .update();
      case 2 ->
          jdbc.sql("update funding_application set factory_sector = :sector where reference = :ref")
              .param("sector", Sector.values()[random.nextInt(Sector.values().length)].name())
              .param("ref", reference)
              .update();
      case 3 ->
          jdbc.sql(
                  "update application_status_change set effective_on = effective_on + :days"
                      + " where application_id = (select id from funding_application where"
                      + " reference = :ref)")
              .param("days", random.nextInt(400) - 200)
              .param("ref", reference)
              .update();
      default ->
          jdbc.sql(
                  "delete from application_status_change where to_status = 'APPROVED' and"
                      + " application_id = (select id from funding_application where reference ="
                      + " :ref)")
              .param("ref", reference)
              .update();
    }
  }

  private List<Map<String, Object>> rawDecisions() {
    return jdbc.sql(
            "select c.effective_on, c.to_status, a.scheme, coalesce(a.technology, '') as"
                + " technology, count(*) as n from application_status_change c join"
                + " funding_application a on a.id = c.application_id where c.to_status in"
                + " ('APPROVED', 'REJECTED') group by 1, 2, 3, 4 order by 1, 2, 3, 4")
        .query()
        .listOfRows();
  }

  private List<Map<String, Object>> factDecisions() {
    return jdbc.sql(
            "select effective_on, to_status, scheme, technology, applications as n from"
                + " application_decision_fact where applications <> 0 order by 1, 2, 3, 4")
        .query()
        .listOfRows();
  }

  private List<Map<String, Object>> rawFactories() {
    return jdbc.sql(
            "select a.factory_br, a.factory_sector, min(c.effective_on) as first_on, count(*) as n"
                + " from application_status_change c join funding_application a on a.id ="
                + " c.application_id where c.to_status = 'APPROVED' group by 1, 2 order by 1, 2")
        .query()
        .listOfRows();
  }

  private List<Map<String, Object>> factFactories() {
    return jdbc.sql(
            "select factory_br, factory_sector, first_approved_on as first_on, approvals as n"
                + " from factory_approval_fact order by 1, 2")
        .query()
        .listOfRows();
  }

  /** The report's application figures as the raw tables give them (as before V110). */
  private List<String> rawFigures(LocalDate asAt) {
    List<Map<String, Object>> technologies =
        jdbc.sql(
                "select a.technology, count(*) as n from application_status_change c join"
                    + " funding_application a on a.id = c.application_id where c.to_status ="
                    + " 'APPROVED' and a.scheme = 'DEMONSTRATION_PROJECT' and a.technology is not"
                    + " null and c.effective_on <= :asAt group by 1 order by 1")
            .param("asAt", asAt)
            .query()
            .listOfRows();
    List<Map<String, Object>> sectors =
        jdbc.sql(
                "select a.factory_sector as sector, count(distinct a.factory_br) as factories from"
                    + " application_status_change c join funding_application a on a.id ="
                    + " c.application_id where c.to_status = 'APPROVED' and c.effective_on <="
                    + " :asAt group by 1 order by 2 desc, 1")
            .param("asAt", asAt)
            .query()
            .listOfRows();
    List<Map<String, Object>> decisions =
        jdbc.sql(
                "select a.scheme, c.to_status, count(*) as n from application_status_change c"
                    + " join funding_application a on a.id = c.application_id where"
                    + " c.effective_on = :asAt and c.to_status in ('APPROVED', 'REJECTED')"
                    + " group by 1, 2 order by 1, 2")
            .param("asAt", asAt)
            .query()
            .listOfRows();
    List<Map<String, Object>> perYear =
        jdbc.sql(
                "select a.scheme, extract(year from c.effective_on - interval '3 months') as fy,"
                    + " count(*) as n from application_status_change c join funding_application a"
                    + " on a.id = c.application_id where c.to_status = 'APPROVED' and"
                    + " c.effective_on between '2079-04-01' and :asAt group by 1, 2 order by 1, 2")
            .param("asAt", asAt)
            .query()
            .listOfRows();
    List<String> text = new ArrayList<>();
    technologies.forEach(r -> text.add("technology " + r.get("technology") + "=" + r.get("n")));
    sectors.forEach(r -> text.add("sector " + r.get("sector") + "=" + r.get("factories")));
    decisions.forEach(
        r -> text.add("decided " + r.get("scheme") + " " + r.get("to_status") + "=" + r.get("n")));
    perYear.forEach(
        r ->
            text.add(
                "approved "
                    + r.get("scheme")
                    + " "
                    + ((Number) r.get("fy")).intValue()
                    + "="
                    + r.get("n")));
    return text.stream().sorted().toList();
  }

  /** The same figures as ApplicationFigures gives them from the facts. */
  private List<String> reportFigures(LocalDate asAt) {
    List<String> text = new ArrayList<>();
    figures
        .demonstrationsByTechnology(asAt)
        .forEach(
            (technology, n) -> {
              if (n > 0) {
                text.add("technology " + technology + "=" + n);
              }
            });
    figures
        .participatingFactoriesBySector(asAt)
        .forEach(s -> text.add("sector " + s.sector() + "=" + s.factories()));
    figures
        .decisionsOn(asAt)
        .forEach(
            d -> text.add("decided " + d.scheme() + " " + d.outcome() + "=" + d.applications()));
    org.cppp.shared.FinancialYear last = org.cppp.shared.FinancialYear.containing(asAt);
    ApprovalTable table = figures.approvals(org.cppp.shared.FinancialYear.of(2079), last, asAt);
    table
        .rows()
        .forEach(
            row -> {
              for (int i = 0; i < table.years().size(); i++) {
                if (row.byYear().get(i) > 0) {
                  text.add(
                      "approved "
                          + row.scheme()
                          + " "
                          + table.years().get(i).startYear()
                          + "="
                          + row.byYear().get(i));
                }
              }
            });
    return text.stream().sorted().toList();
  }
}
