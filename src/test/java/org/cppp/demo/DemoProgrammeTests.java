package org.cppp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cppp.application.FundingApplications;
import org.cppp.factory.Sector;
import org.cppp.funding.Budget;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderStatistics;
import org.cppp.provider.Providers;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo programme as loaded at start-up reproduces the seed paper's figures, has an account for
 * every role, and loading it again changes nothing. Runs in its own context (demo on).
 */
@SpringBootTest(properties = "cppp.demo=true")
@AutoConfigureMockMvc
class DemoProgrammeTests {

  /** The seed paper's paragraphs 9-16 as the report API gives them (issue: the report API). */
  static final String SEED_REPORT =
      """
      {"financialYear":"2011/12","from":"2011-04-01","to":"2012-03-31","asAt":"2012-03-31",
       "approvals":{"years":["2008/09","2009/10","2010/11","2011/12"],
         "rows":[{"scheme":"ON_SITE_ASSESSMENT","byYear":[113,227,319,284],"cumulative":943},
                 {"scheme":"DEMONSTRATION_PROJECT","byYear":[25,25,38,41],"cumulative":129},
                 {"scheme":"VERIFICATION","byYear":[28,178,154,370],"cumulative":730}],
         "approvedInYear":695,"cumulative":1802},
       "demonstrationByTechnology":{"ENERGY_SAVING":66,"VOC_REDUCTION":22,"AIR_POLLUTANT_REDUCTION":17,"EFFLUENT_REDUCTION":24},
       "providers":{"joinedInYear":17,"removedInYear":14,"registered":158,"byBase":{"HONG_KONG":96,"PRD":56,"OTHER":6}},
       "awareness":{"activitiesInYear":54,"participantsInYear":4100,"activitiesCumulative":265,"participantsCumulative":24900,
         "exhibitionsInYear":2,"exhibitionVisitorsInYear":1800,"siteVisitsInYear":24},
       "publications":{"publishedInYear":4,"inPreparation":6},
       "committee":{"meetingsInYear":4},
       "recognition":{"cycle":2011,"MANUFACTURING_ENTERPRISE":113,"ET_SERVICE_PROVIDER":20,"SOURCING_ENTERPRISE":6}}
      """;

  private static final String APPROVED_BY_SCHEME =
      "select a.scheme, count(*) from application_status_change c"
          + " join funding_application a on a.id = c.application_id"
          + " where c.to_status = 'APPROVED' and c.effective_on between ? and ? group by a.scheme";

  @Autowired DemoSeeder seeder;
  @Autowired org.cppp.funding.FundingRules rules;
  @Autowired org.cppp.factory.Businesses businesses;
  @Autowired Providers providers;
  @Autowired FundingApplications applications;
  @Autowired org.cppp.application.Deadlines deadlines;
  @Autowired Budget budget;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired org.cppp.outreach.OutreachFigures outreach;
  @Autowired org.cppp.recognition.RecognitionCycles recognition;

  /**
   * What V116 did to the factories registered before it (and {@code factory/OwnBusiness} keeps for
   * every later one, the demo's included): every Hong Kong-owned factory is linked, as Hong
   * Kong-resident ownership from its registration date and with no evidence yet, to the business
   * with its own BR number, names and registration date (kind HK_BUSINESS); a factory not Hong
   * Kong-owned has no business and no link; hk_owned is kept, so eligibility reads as before.
   */
  @Test
  void everyHongKongOwnedFactoryIsLinkedToItsOwnBusinessAsV116MappedThemAndNoOtherIs() {
    // the later phases' applicants (a workshop, an association, a factory linked to a holding
    // business with no factory of its own) are registered after V116, and have a test of their own
    // (theLaterPhasesAreDataAndTheirApplicantsHaveLiveApplications)
    String later =
        " and f.br_number not in ('%s', '%s', '%s')"
            .formatted(
                LaterPhases.WORKSHOP_BR,
                LaterPhases.ASSOCIATION_BR,
                LaterPhases.MEIZHOU_FACTORY_BR);
    Integer hkOwned =
        jdbc.queryForObject(
            "select count(*) from factory f where f.hk_owned" + later, Integer.class);
    Integer mapped =
        jdbc.queryForObject(
            "select count(*) from factory f join factory_business_link l on l.factory_id = f.id"
                + " join hk_business b on b.id = l.business_id where f.hk_owned"
                + " and b.br_number = f.br_number and b.name_en = f.name_en"
                + " and b.name_zh is not distinct from f.name_zh and b.kind = 'HK_BUSINESS'"
                + " and not b.non_profit and b.registered_on = f.registered_on"
                + " and l.kind = 'HK_RESIDENT_OWNERSHIP' and l.linked_on = f.registered_on"
                + " and not exists (select 1 from factory_link_evidence e"
                + " where e.factory_id = f.id)"
                + later,
            Integer.class);
    Integer notOwnedButLinked =
        jdbc.queryForObject(
            "select count(*) from factory f where not f.hk_owned and (exists (select 1 from"
                + " factory_business_link l where l.factory_id = f.id) or exists (select 1 from"
                + " hk_business b where b.br_number = f.br_number))",
            Integer.class);
    Integer businessesWithoutOwnFactory =
        jdbc.queryForObject(
            "select count(*) from hk_business b where not exists (select 1 from factory f"
                + " where f.br_number = b.br_number and f.hk_owned)"
                + " and b.br_number <> '"
                + LaterPhases.HOLDING_BR
                + "'",
            Integer.class);

    assertThat(hkOwned).isGreaterThan(500);
    assertThat(mapped).isEqualTo(hkOwned);
    assertThat(notOwnedButLinked).isZero();
    assertThat(businessesWithoutOwnFactory).isZero();
  }

  @Test
  void theProviderRegistersFiguresForTheReportYearAreThePapers() {
    FinancialYear year = SeedFigures.REPORT_YEAR;
    ProviderStatistics stats =
        SystemActor.call(() -> providers.statistics(year.start(), year.end(), year.end()));
    assertThat(stats.joinedInPeriod()).isEqualTo(17);
    assertThat(stats.removedInPeriod()).isEqualTo(14);
    assertThat(stats.registeredAt()).isEqualTo(158);
    assertThat(stats.registeredAtByBase())
        .containsEntry(ProviderBase.HONG_KONG, 96L)
        .containsEntry(ProviderBase.PRD, 56L)
        .containsEntry(ProviderBase.OTHER, 6L);
  }

  @Test
  void awarenessGuidebooksAndPartnersAreParagraphs9To10And16() {
    FinancialYear year = SeedFigures.REPORT_YEAR;
    var awareness = SystemActor.call(() -> outreach.awareness(year, year.end()));
    assertThat(awareness.activitiesInYear()).isEqualTo(54);
    assertThat(awareness.participantsInYear()).isEqualTo(4_100);
    assertThat(awareness.activitiesCumulative()).isEqualTo(265);
    assertThat(awareness.participantsCumulative()).isEqualTo(24_900);
    assertThat(awareness.exhibitionsInYear()).isEqualTo(2);
    assertThat(awareness.visitorsInYear()).isEqualTo(1_800);
    assertThat(awareness.siteVisitsInYear()).isEqualTo(24);
    var guidebooks = SystemActor.call(() -> outreach.guidebooks(year, year.end()));
    assertThat(guidebooks.publishedInYear()).isEqualTo(4);
    assertThat(guidebooks.inPreparation()).isEqualTo(6);
    var partners = SystemActor.call(() -> recognition.figures(2011));
    assertThat(partners.published()).isTrue();
    assertThat(partners.perCategory())
        .containsEntry("MANUFACTURING_ENTERPRISE", 113L)
        .containsEntry("ET_SERVICE_PROVIDER", 20L)
        .containsEntry("SOURCING_ENTERPRISE", 6L);
  }

  @Test
  void theCommitteeMetFourTimesIn2011And12AndHasANextMeetingWithWork() {
    FinancialYear year = SeedFigures.REPORT_YEAR;
    Integer held =
        jdbc.queryForObject(
            "select count(*) from committee_meeting where meeting_date between ? and ?"
                + " and status in ('HELD', 'MINUTES_DRAFTED', 'MINUTES_CONFIRMED')",
            Integer.class,
            year.start(),
            year.end());
    assertThat(held).isEqualTo(4);
    Integer agenda =
        jdbc.queryForObject(
            "select count(*) from agenda_item i join committee_meeting m on m.id ="
                + " i.meeting_id where m.meeting_date > current_date and i.application_ref is not null",
            Integer.class);
    assertThat(agenda).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theProgressReportFor2011And12IsTheSeedPapers() throws Exception {
    String officer = "officer";
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/api/reports/progress")
                .param("year", "2011")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic(officer, "demo-password")))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .json(SEED_REPORT, org.springframework.test.json.JsonCompareMode.LENIENT))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.sectors[0:4].sector")
                .value(
                    org.hamcrest.Matchers.contains(
                        "METAL_AND_METAL_PRODUCTS",
                        "TEXTILES",
                        "CHEMICAL_PRODUCTS",
                        "PRINTING_AND_PUBLISHING")));
  }

  @Test
  void theProgressReportPdfTellsTheSeedsFiguresInEachLanguage() throws Exception {
    for (String[] expected :
        new String[][] {
          {"en", "695", "1 802", "158"},
          {"zh-HK", "695", "清潔生產伙伴計劃", "158"},
          {"zh-CN", "695", "清洁生产伙伴计划", "158"}
        }) {
      byte[] pdf =
          mvc.perform(
                  org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                          "/api/reports/progress.pdf")
                      .param("year", "2011")
                      .param("lang", expected[0])
                      .with(
                          org.springframework.security.test.web.servlet.request
                              .SecurityMockMvcRequestPostProcessors.httpBasic(
                              "officer", "demo-password")))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        String flat = text.replaceAll("[\\s\\u00a0]+", " ");
        assertThat(flat).as(expected[0]).contains(expected[1], expected[3]).doesNotContain("#");
        assertThat(flat.replace(",", " ")).as(expected[0]).contains(expected[2]);
      }
    }
  }

  @Test
  void approvalsPerSchemeAndFinancialYearAreTheTableOfParagraph11() {
    long total = 0;
    for (int y = 0; y < SeedFigures.YEARS.size(); y++) {
      FinancialYear year = SeedFigures.YEARS.get(y);
      Map<String, Long> approved = counts(APPROVED_BY_SCHEME, year.start(), year.end());
      for (Scheme scheme : Scheme.launchSchemes()) {
        assertThat(approved.get(scheme.name()))
            .as(scheme + " " + year)
            .isEqualTo(SeedFigures.APPROVED.get(scheme).get(y).longValue());
      }
      total += approved.values().stream().mapToLong(Long::longValue).sum();
      if (year.equals(SeedFigures.REPORT_YEAR)) {
        assertThat(approved.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(695);
      }
    }
    assertThat(total).isEqualTo(SeedFigures.APPROVED_CUMULATIVE);
  }

  @Test
  void demonstrationProjectsByTechnologyAreParagraph12s() {
    Map<String, Long> byTechnology =
        counts(
            "select a.technology, count(*) from application_status_change c"
                + " join funding_application a on a.id = c.application_id"
                + " where c.to_status = 'APPROVED' and c.effective_on <= ?"
                + " and a.scheme = 'DEMONSTRATION_PROJECT' group by a.technology",
            SeedFigures.REPORT_DATE);
    assertThat(byTechnology)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TechnologyCategory.ENERGY_SAVING.name(), 66L,
                TechnologyCategory.VOC_REDUCTION.name(), 22L,
                TechnologyCategory.AIR_POLLUTANT_REDUCTION.name(), 17L,
                TechnologyCategory.EFFLUENT_REDUCTION.name(), 24L));
  }

  @Test
  void participatingFactoriesComeFromMetalTextilesChemicalAndPrintingFirst() {
    List<String> sectors =
        jdbc.queryForList(
            "select a.factory_sector from application_status_change c"
                + " join funding_application a on a.id = c.application_id"
                + " where c.to_status = 'APPROVED' and c.effective_on <= ?"
                + " group by a.factory_sector order by count(distinct a.factory_br) desc",
            String.class,
            SeedFigures.REPORT_DATE);
    assertThat(sectors.subList(0, 4))
        .containsExactly(
            Sector.METAL_AND_METAL_PRODUCTS.name(),
            Sector.TEXTILES.name(),
            Sector.CHEMICAL_PRODUCTS.name(),
            Sector.PRINTING_AND_PUBLISHING.name());
  }

  @Test
  void theGrantsFitTheBudgetAndTwoApprovalsAreOverdue() {
    var summary = SystemActor.call(() -> budget.summary());
    assertThat(summary.committedHkd()).isLessThanOrEqualTo(SeedFigures.BUDGET_HKD);
    assertThat(summary.availableHkd().signum()).isPositive();
    assertThat(summary.paidHkd().signum()).as("completed work is paid").isPositive();
    assertThat(summary.paidHkd()).isLessThanOrEqualTo(summary.committedHkd());
    assertThat(SystemActor.call(() -> deadlines.countOverdue())).isEqualTo(2);
  }

  @Test
  void theOfficerQueueAndTheNextAgendaHaveWork() {
    Map<String, Long> live =
        counts(
            "select status, count(*) from funding_application where reference like 'APP-%'"
                + " group by status");
    assertThat(live.get("DRAFT")).isEqualTo(3L);
    assertThat(live.get("SUBMITTED")).isEqualTo(3L);
    // two in screening and one ready are the later phase's applicants' (LaterPhases)
    assertThat(live.get("SCREENING")).isEqualTo(4L);
    assertThat(live.get("READY_FOR_COMMITTEE")).isEqualTo(5L);
  }

  @Test
  void theLaterPhasesAreDataAndTheirApplicantsHaveLiveApplications() {
    var phases = SystemActor.call(() -> rules.phases());
    assertThat(phases)
        .extracting(org.cppp.funding.Phase::name)
        .containsExactly("Launch phase", "2013-2015 phase", "2015 phase");
    var widened = phases.get(1);
    assertThat(widened.rule(Scheme.DEMONSTRATION_PROJECT).ceilingHkd())
        .isEqualByComparingTo("300000");
    assertThat(widened.rule(Scheme.VERIFICATION).ceilingHkd()).isEqualByComparingTo("20000");
    var current = SystemActor.call(() -> rules.phaseOn(null));
    assertThat(current.name()).isEqualTo("2015 phase");
    assertThat(current.funds(Scheme.VERIFICATION)).isFalse();
    assertThat(current.rule(LaterPhases.ORGANISATION_SUPPORT).ceilingHkd()).isNull();
    assertThat(current.rule(LaterPhases.DP_II).ceilingHkd()).isEqualByComparingTo("650000");
    // the 2011/12 applications were granted under the launch phase, today's under the 2015 one
    Map<String, Long> byPhase =
        counts(
            "select coalesce(phase_name, '-'), count(*) from funding_application"
                + " where reference like 'APP-%' group by phase_name");
    assertThat(byPhase).doesNotContainKey("Launch phase").containsKey("2015 phase");
    Map<String, Long> later =
        counts(
            "select factory_br || ' ' || scheme || ' ' || status, count(*) from funding_application"
                + " where factory_br in (?, ?, ?) group by factory_br, scheme, status",
            LaterPhases.WORKSHOP_BR,
            LaterPhases.ASSOCIATION_BR,
            LaterPhases.MEIZHOU_FACTORY_BR);
    assertThat(later)
        .containsOnlyKeys(
            LaterPhases.WORKSHOP_BR + " DEMONSTRATION_PROJECT_II SCREENING",
            LaterPhases.MEIZHOU_FACTORY_BR + " DEMONSTRATION_PROJECT_I SCREENING",
            LaterPhases.ASSOCIATION_BR + " ORGANISATION_SUPPORT READY_FOR_COMMITTEE");
    Integer onAgenda =
        jdbc.queryForObject(
            "select count(*) from agenda_item i join committee_meeting m on m.id = i.meeting_id"
                + " join funding_application a on a.reference = i.application_ref"
                + " where m.meeting_date > current_date and a.factory_br = ?",
            Integer.class,
            LaterPhases.ASSOCIATION_BR);
    assertThat(onAgenda).isEqualTo(1);
    assertThat(SystemActor.call(() -> businesses.applicantKind(LaterPhases.WORKSHOP_BR)))
        .contains(org.cppp.shared.ApplicantKind.HK_WORKSHOP);
    assertThat(SystemActor.call(() -> businesses.linkOf(LaterPhases.MEIZHOU_FACTORY_BR)))
        .hasValueSatisfying(l -> assertThat(l.kind()).isEqualTo(org.cppp.factory.LinkKind.WFOE));
  }

  @Test
  void everyDemoAccountSignsInWithTheDemoPassword() throws Exception {
    for (DemoAccounts.Account account : DemoAccounts.ALL) {
      mvc.perform(formLogin("/login").user(account.username()).password(DemoAccounts.PASSWORD))
          .andExpect(redirectedUrl("/dashboard"));
      mvc.perform(
              get("/api/applications").with(httpBasic(account.username(), DemoAccounts.PASSWORD)))
          .andExpect(status().isOk());
    }
  }

  @Test
  void loadingAgainChangesNothing() {
    String counts =
        "select (select count(*) from factory) || '/' || (select count(*) from provider) || '/'"
            + " || (select count(*) from funding_application) || '/' || (select count(*) from"
            + " users) || '/' || (select count(*) from budget_entry)";
    String before = jdbc.queryForObject(counts, String.class);
    seeder.run(null);
    assertThat(seeder.loaded()).isTrue();
    assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
  }

  private Map<String, Long> counts(String sql, Object... args) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(
        sql,
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        },
        args);
    return counts;
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
