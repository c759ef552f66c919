package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppp.verification.VerificationFixtures.near;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cppp.application.HistoricalApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.cppp.verification.VerificationFixtures.Project;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Emissions and costs from versioned factors and tariffs: the version in force on the reporting
 * period's first day; a signed result keeps its versions; re-computing with a corrected factor is
 * audited and leaves the earlier snapshot as it was for "as at" reads and the outcomes.
 *
 * <p>Uses the HK Electric region, which has no seeded factors, so other tests' data do not mix in.
 */
@IntegrationTest
class EmissionFactorVersionsTests {

  static final String REGION = "HONG_KONG_HK_ELECTRIC";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired VerificationOutcomes outcomes;
  @Autowired TestClock clock;

  void addFactor(String officer, String validFrom, String value, int expected) throws Exception {
    mvc.perform(
            post("/api/emission-factors")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"pollutant":"CO2","carrier":"ELECTRICITY_KWH","region":"%s","validFrom":"%s",
                     "value":%s,"unit":"kg/kWh","source":"HK Electric sustainability report (test)"}
                    """
                        .formatted(REGION, validFrom, value)))
        .andExpect(status().is(expected));
  }

  void addTariff(String officer, String validFrom, String price) throws Exception {
    mvc.perform(
            post("/api/tariffs")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"carrier":"ELECTRICITY_KWH","region":"%s","validFrom":"%s","priceHkd":"%s",
                     "source":"HK Electric tariff (test)"}
                    """
                        .formatted(REGION, validFrom, price)))
        .andExpect(status().isCreated());
  }

  @Test
  void twoFactorVersionsAcrossADateAndAnAuditedRecomputationThatKeepsTheEarlierSnapshot()
      throws Exception {
    String officer = accounts.create(Role.OFFICER);
    addFactor(officer, "2008-01-01", "0.9", 201);
    addFactor(officer, "2013-01-01", "0.5", 201);
    addTariff(officer, "2008-01-01", "2.00");
    addTariff(officer, "2013-01-01", "1.00");

    // the hand case (15,557.377 kWh a year) reported in 2012 and, shifted a year, in 2013
    Project p2012 = VerificationFixtures.completedProject(fixtures, history);
    long early = VerificationFixtures.open(mvc, accounts, officer, p2012, REGION);
    VerificationFixtures.readings(
        mvc, accounts, officer, early, VerificationFixtures.HAND_CSV, 200);
    Project p2013 = VerificationFixtures.completedProject(fixtures, history);
    long late =
        VerificationFixtures.open(
            mvc,
            accounts,
            officer,
            p2013,
            REGION,
            "2011-01-01",
            "2011-04-30",
            "2013-03-01",
            "2013-04-30");
    VerificationFixtures.readings(
        mvc, accounts, officer, late, VerificationFixtures.HAND_CSV.replace("2012-", "2013-"), 200);

    mvc.perform(get("/api/verifications/" + early + "/result").with(accounts.api(officer)))
        .andExpect(jsonPath("$.emissions[0].tonnesPerYear", near(15.557377 * 0.9, 1e-5)))
        .andExpect(jsonPath("$.emissions[0].factors[0].validFrom").value("2008-01-01"))
        .andExpect(jsonPath("$.costSavingHkdPerYear").value("31114.75"));
    mvc.perform(get("/api/verifications/" + late + "/result").with(accounts.api(officer)))
        .andExpect(jsonPath("$.emissions[0].tonnesPerYear", near(15.557377 * 0.5, 1e-5)))
        .andExpect(jsonPath("$.emissions[0].factors[0].validFrom").value("2013-01-01"))
        .andExpect(jsonPath("$.costSavingHkdPerYear").value("15557.38"));

    String qa = accounts.create(Role.QA);
    mvc.perform(post("/api/verifications/" + early + "/sign").with(accounts.api(qa)))
        .andExpect(status().isOk());
    // as if signed on 2013-06-01: the snapshot and the signature back-dated
    jdbc.sql(
            "update verification_result set computed_on = '2013-06-01', signed_on = '2013-06-01'"
                + " where case_id = ?")
        .param(early)
        .update();
    jdbc.sql("update verification_case set signed_on = '2013-06-01' where id = ?")
        .param(early)
        .update();

    // a corrected version of the 2008 factor: the signed result keeps the version it used
    addFactor(officer, "2008-01-01", "0.8", 201);
    mvc.perform(get("/api/verifications/" + early + "/result").with(accounts.api(officer)))
        .andExpect(jsonPath("$.emissions[0].factors[0].value", near(0.9, 1e-12)));

    mvc.perform(
            post("/api/verifications/" + early + "/recompute")
                .with(accounts.api(qa))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"2008 factor corrected\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reason").value("RECOMPUTED"))
        .andExpect(jsonPath("$.result.emissions[0].tonnesPerYear", near(15.557377 * 0.8, 1e-5)));

    mvc.perform(get("/api/verifications/" + early + "/result").with(accounts.api(officer)))
        .andExpect(jsonPath("$.emissions[0].factors[0].value", near(0.8, 1e-12)));
    mvc.perform(
            get("/api/verifications/" + early + "/result")
                .param("asAt", "2013-06-30")
                .with(accounts.api(officer)))
        .andExpect(jsonPath("$.emissions[0].tonnesPerYear", near(15.557377 * 0.9, 1e-5)))
        .andExpect(jsonPath("$.emissions[0].factors[0].value", near(0.9, 1e-12)));
    mvc.perform(get("/api/verifications/" + early + "/snapshots").with(accounts.api(officer)))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[1].reason").value("SIGNED"))
        .andExpect(jsonPath("$[1].result.emissions[0].tonnesPerYear", near(15.557377 * 0.9, 1e-5)));
    assertThat(audit.of("verification", String.valueOf(early)))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("RECOMPUTED");
              assertThat(e.changes()).containsEntry("reason", "2008 factor corrected");
            });

    // the outcomes as at mid-2013 read the signed snapshot; as at today, the re-computed one
    OutcomeFigures then =
        SystemActor.call(
            () ->
                outcomes.signed(
                    LocalDate.of(2013, 6, 1), LocalDate.of(2013, 6, 1), LocalDate.of(2013, 6, 30)));
    assertThat(then.total().projects()).isEqualTo(1);
    assertThat(then.total().co2Tonnes())
        .isCloseTo(15.557377 * 0.9, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(then.total().electricityMwh())
        .isCloseTo(15.557377, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(then.total().costSavingHkd()).isEqualByComparingTo("31114.75");
    assertThat(then.byTechnology().get(TechnologyCategory.ENERGY_SAVING).projects()).isEqualTo(1);
    OutcomeFigures now =
        SystemActor.call(
            () ->
                outcomes.signed(
                    LocalDate.of(2013, 6, 1), LocalDate.of(2013, 6, 1), clock.today().plusDays(1)));
    assertThat(now.total().co2Tonnes())
        .isCloseTo(15.557377 * 0.8, org.assertj.core.api.Assertions.within(1e-5));
  }

  @Test
  void onlyOfficersAddFactorsAndAWrongUnitNamesTheField() throws Exception {
    addFactor(accounts.create(Role.QA), "2010-01-01", "0.7", 403);
    addFactor(accounts.staffOf(fixtures.registeredProvider()), "2010-01-01", "0.7", 403);
    mvc.perform(
            post("/api/emission-factors")
                .with(accounts.api(accounts.create(Role.OFFICER)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"pollutant\":\"CO2\",\"carrier\":\"DIESEL_L\",\"region\":\"FUEL\","
                        + "\"validFrom\":\"2010-01-01\",\"value\":2.6,\"unit\":\"t/L\",\"source\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("unit"));
  }
}
