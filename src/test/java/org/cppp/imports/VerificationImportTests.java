package org.cppp.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.VerifiedProjects;
import org.cppp.verification.OutcomeFigures;
import org.cppp.verification.VerificationOutcomes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The {@code verifications} dataset (issue 10 point 10): legacy results of completed demonstration
 * projects and verifications, all or nothing, once; they count in the outcomes from the day signed.
 * Signed in 2010/11, which no other test signs results in.
 */
@IntegrationTest
class VerificationImportTests {

  static final String HEADER =
      "reference,signed_on,electricity_kwh,co2_t,nox_t,so2_t,voc_t,pm_t,wastewater_m3,"
          + "cost_saving_hkd\n";
  static final LocalDate FROM = LocalDate.of(2010, 4, 1);
  static final LocalDate TO = LocalDate.of(2011, 3, 31);

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired VerificationOutcomes outcomes;

  private VerifiedProjects projects;
  private String officer;

  @BeforeEach
  void setUp() {
    projects = new VerifiedProjects(context);
    officer = accounts.create(Role.OFFICER);
  }

  ResultActions importing(String csv) throws Exception {
    return mvc.perform(
        post("/api/imports/verifications")
            .with(accounts.api(officer))
            .contentType("text/csv")
            .content(csv));
  }

  OutcomeFigures signedIn2010(LocalDate asAt) {
    return SystemActor.call(() -> outcomes.signed(FROM, TO, asAt));
  }

  @Test
  void aGoodFileCountsInTheOutcomesOnceAsSignedOnItsDay() throws Exception {
    String project =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.EFFLUENT_REDUCTION, "400000");
    String verification = projects.completed(Scheme.VERIFICATION, Sector.TEXTILES, null, "12000");
    String csv =
        HEADER
            + project
            + ",2010-06-30,120500.5,98.4,0.25,0.125,,0.0125,15000,86400.50\n"
            + verification
            + ",2010-11-15,40000,36.25,,,,,,30000\n";
    OutcomeFigures before = signedIn2010(TO);
    OutcomeFigures beforeAugust = signedIn2010(LocalDate.of(2010, 8, 1));

    importing(csv)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(2))
        .andExpect(jsonPath("$.errors", hasSize(0)));
    importing(csv).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(0));

    OutcomeFigures after = signedIn2010(TO);
    assertThat(after.total().projects() - before.total().projects()).isEqualTo(2);
    assertThat(after.total().electricityMwh() - before.total().electricityMwh())
        .isCloseTo(160.5005, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(after.total().co2Tonnes() - before.total().co2Tonnes())
        .isCloseTo(134.65, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(after.total().so2Tonnes() - before.total().so2Tonnes())
        .isCloseTo(0.125, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(after.total().wastewaterM3() - before.total().wastewaterM3())
        .isCloseTo(15000, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(after.total().costSavingHkd().subtract(before.total().costSavingHkd()))
        .isEqualByComparingTo("116400.50");
    assertThat(
            after.byTechnology().get(TechnologyCategory.EFFLUENT_REDUCTION).projects()
                - before
                    .byTechnology()
                    .getOrDefault(
                        TechnologyCategory.EFFLUENT_REDUCTION,
                        org.cppp.verification.OutcomeTotals.none())
                    .projects())
        .isEqualTo(1);
    // as at August 2010 only the result signed in June had been signed
    assertThat(signedIn2010(LocalDate.of(2010, 8, 1)).total().projects())
        .isEqualTo(beforeAugust.total().projects() + 1);

    mvc.perform(get("/api/reports/progress?year=2010").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcomes.verifiedInYear").value((int) after.total().projects()));
  }

  @Test
  void twoImportsOfTheSameFileAtOnceCountEachResultOnce() throws Exception {
    String project =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.ENERGY_SAVING, "300000");
    String csv = HEADER + project + ",2010-07-15,50000,40,,,,,,20000\n";
    OutcomeFigures before = signedIn2010(TO);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return importing(csv).andReturn().getResponse().getStatus();
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<Integer> run : runs) {
        assertThat(run.get()).isIn(200, 409);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(signedIn2010(TO).total().projects() - before.total().projects()).isEqualTo(1);
  }

  @Test
  void aBadRowIs422NamingRowAndColumnAndSavesNothing() throws Exception {
    String good =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.ENERGY_SAVING, "300000");
    String withCase =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.ENERGY_SAVING, "300000");
    projects.signedLpg(withCase, LocalDate.of(2009, 5, 4));
    String assessment =
        projects.completed(Scheme.ON_SITE_ASSESSMENT, Sector.TEXTILES, null, "30000");
    String csv =
        HEADER
            + good
            + ",2010-06-30,1000,1,,,,,,100\n"
            + "NO-SUCH-REF,2010-06-30,1000,1,,,,,,100\n"
            + good
            + "X,2010-06-30,1000,abc,,,,,,100\n"
            + withCase
            + ",2010-06-30,1000,1,,,,,,100\n"
            + assessment
            + ",2010-06-30,-5,1,,,,,,100.50\n"
            + good
            + ",2007-01-01,1000,1,,,,,,100\n"
            + good
            + ",2010-06-30,1000,1,,,,,,100.505\n";
    OutcomeFigures before = signedIn2010(TO);
    importing(csv)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors[?(@.row == 2 && @.column == 'reference')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'co2_t')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'reference')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'reference')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'electricity_kwh')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == 'signed_on')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 7 && @.column == 'cost_saving_hkd')]").exists())
        .andExpect(
            jsonPath("$.errors[?(@.row == 4)].message")
                .value(hasItem(containsString("has a verification case in CPPP"))))
        .andExpect(
            jsonPath("$.errors[?(@.row == 5)].message")
                .value(hasItem(containsString("is not a completed demonstration project"))))
        .andExpect(jsonPath("$.errors[?(@.row == 1)]").doesNotExist());
    assertThat(signedIn2010(TO)).isEqualTo(before);
  }

  @Test
  void readsFiguresAsEveryNumberIsReadRefusingAnExponentOrTooManyDigits() throws Exception {
    String project =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.ENERGY_SAVING, "300000");
    String csv =
        HEADER
            + project
            + ",2010-06-30,1000,9.84E+1,,,,,,100\n"
            + project
            + ",2010-06-30,1000,1,0.1234567,,,,,100\n";
    OutcomeFigures before = signedIn2010(TO);
    importing(csv)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(
            jsonPath("$.errors[?(@.row == 1 && @.column == 'co2_t')].message")
                .value(hasItem(containsString("\"9.84E+1\" is not a number"))))
        .andExpect(
            jsonPath("$.errors[?(@.row == 2 && @.column == 'nox_t')].message")
                .value(
                    hasItem(containsString("at most 12 digits before the decimal point and 6"))));
    assertThat(signedIn2010(TO)).isEqualTo(before);
  }

  @Test
  void aLegacyResultLetsAnImportedProjectBeFinallyPaidAndIsOnItsTimelineAndFeed() throws Exception {
    String paid =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.ENERGY_SAVING, "400000");
    String unverified =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.ENERGY_SAVING, "400000");
    importing(HEADER + paid + ",2010-06-30,120500.5,98.4,0.25,0.125,,0.0125,15000,86400.50\n")
        .andExpect(jsonPath("$.imported").value(1));

    pay(unverified)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("verification of its result")));
    pay(paid).andExpect(status().isCreated());

    String applicant = accounts.applicantOf(factoryOf(paid));
    mvc.perform(get("/api/applications/" + paid + "/timeline").with(accounts.api(applicant)))
        .andExpect(jsonPath("$[-2].milestone").value("LEGACY_RESULT"))
        .andExpect(jsonPath("$[-2].effectiveOn").value("2010-06-30"))
        .andExpect(jsonPath("$[-2].actor").value(officer))
        .andExpect(jsonPath("$[-2].amountHkd").value("86400.50"))
        .andExpect(jsonPath("$[-1].milestone").value("PAYMENT"))
        .andExpect(jsonPath("$[-1].amountHkd").value("1000.00"))
        .andExpect(jsonPath("$[-1].note").value("INV-" + paid));
    // the provider sees the verified result, not what the factory was paid
    String provider = accounts.staffOf(providerOf(paid));
    mvc.perform(get("/api/applications/" + paid + "/timeline").with(accounts.api(provider)))
        .andExpect(jsonPath("$[-1].milestone").value("LEGACY_RESULT"))
        .andExpect(jsonPath("$[*].milestone", org.hamcrest.Matchers.not(hasItem("PAYMENT"))));
    for (String reader : new String[] {applicant, provider}) {
      mvc.perform(get("/api/applications/feed").with(accounts.api(reader)))
          .andExpect(jsonPath("$[0].applicationRef").value(paid))
          .andExpect(jsonPath("$[0].messageKey").value("feed.verification.LEGACY"));
    }
    String stranger = accounts.applicantOf(factoryOf(unverified));
    mvc.perform(get("/api/applications/feed").param("limit", "200").with(accounts.api(stranger)))
        .andExpect(jsonPath("$[*].applicationRef", org.hamcrest.Matchers.not(hasItem(paid))));
    mvc.perform(get("/applications/" + paid).param("lang", "zh-HK").with(accounts.page(applicant)))
        .andExpect(content().string(containsString("按計劃紀錄登記核實成效")))
        .andExpect(content().string(containsString("每年節省 HK$ 86,400.50")))
        .andExpect(content().string(containsString("已付 HK$ 1,000.00")));
    mvc.perform(get("/applications/" + paid).param("lang", "zh-CN").with(accounts.page(applicant)))
        .andExpect(content().string(containsString("按计划记录登记核实成效")));
  }

  private ResultActions pay(String reference) throws Exception {
    return mvc.perform(
        post("/api/applications/" + reference + "/payments")
            .with(accounts.api(officer))
            .contentType("application/json")
            .content("{\"amountHkd\":\"1000.00\",\"invoiceRef\":\"INV-" + reference + "\"}"));
  }

  private String factoryOf(String reference) throws Exception {
    return field(reference, "factoryBr");
  }

  private String providerOf(String reference) throws Exception {
    return field(reference, "providerCode");
  }

  private String field(String reference, String name) throws Exception {
    String body =
        mvc.perform(get("/api/applications/" + reference).with(accounts.api(officer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return com.jayway.jsonpath.JsonPath.read(body, "$." + name);
  }
}
