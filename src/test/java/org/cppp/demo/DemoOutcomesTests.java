package org.cppp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cppp.factory.Sector;
import org.cppp.platform.SystemActor;
import org.cppp.reporting.ProgressReport;
import org.cppp.reporting.ProgressReports;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.Toolbox;
import org.cppp.verification.ToolboxEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's verified results (issue 10 point 12): a bounded sample of completed work, signed in
 * the years the 2011/12 report covers, with every kind of outcome, and the CP Toolbox's ballparks.
 * Shares the demo context of {@link DemoProgrammeTests}.
 */
@SpringBootTest(properties = "cppp.demo=true")
@AutoConfigureMockMvc
class DemoOutcomesTests {

  @Autowired ProgressReports reports;
  @Autowired Toolbox toolbox;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theReportFor2011And12ShowsVerifiedOutcomesOfEveryKind() {
    Long signed =
        jdbc.queryForObject(
            "select count(*) from verification_result where reason = 'SIGNED'", Long.class);
    assertThat(signed).isBetween(20L, 40L);
    ProgressReport.Outcomes o =
        SystemActor.call(() -> reports.report(SeedFigures.REPORT_YEAR, null)).outcomes();
    assertThat(o.verifiedInYear()).isPositive();
    assertThat(o.verifiedCumulative()).isGreaterThan(o.verifiedInYear());
    ProgressReport.Benefits all = o.cumulative();
    assertThat(List.of(all.electricityMwh(), all.co2Tonnes(), all.noxTonnes(), all.so2Tonnes()))
        .allMatch(v -> v > 0);
    assertThat(List.of(all.vocTonnes(), all.pmTonnes(), all.wastewaterM3())).allMatch(v -> v > 0);
    assertThat(all.costSavingHkd()).isPositive();
    for (TechnologyCategory t : TechnologyCategory.values()) {
      assertThat(o.byTechnology().get(t).projects()).as("%s", t).isPositive();
    }
  }

  @Test
  void theToolboxGivesBallparksForTheLargestSectors() {
    List<ToolboxEntry> metal = toolbox.forSector(Sector.METAL_AND_METAL_PRODUCTS);
    assertThat(metal).extracting(ToolboxEntry::technology).contains(TechnologyCategory.values());
    assertThat(metal).allMatch(e -> e.medianCostHkd().signum() > 0);
    assertThat(metal)
        .filteredOn(e -> e.technology() == TechnologyCategory.ENERGY_SAVING)
        .allMatch(e -> e.medianCo2TonnesPerYear() > 0 && e.medianPaybackYears() > 0);
    assertThat(toolbox.forSector(Sector.TEXTILES)).isNotEmpty();
  }
}
