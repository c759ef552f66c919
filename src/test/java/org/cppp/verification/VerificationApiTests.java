package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppp.verification.VerificationFixtures.near;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.application.HistoricalApplications;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.support.CapturingMailer;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.verification.VerificationFixtures.Project;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The verification API of issue 10 point 9, and who may do what on a case. */
@IntegrationTest
class VerificationApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;
  @Autowired Users users;
  @Autowired CapturingMailer mail;

  @Test
  void aProviderOpensACaseEntersReadingsAndGetsTheResultInTheAgreedShape() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String provider = accounts.staffOf(p.providerCode());
    long id = VerificationFixtures.open(mvc, accounts, provider, p, "GUANGDONG");
    VerificationFixtures.readings(mvc, accounts, provider, id, VerificationFixtures.HAND_CSV, 200);

    mvc.perform(get("/api/verifications/" + id + "/result").with(accounts.api(provider)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.carriers[0].carrier").value("ELECTRICITY_KWH"))
        .andExpect(jsonPath("$.carriers[0].model.intercept", near(1500.0, 1e-6)))
        .andExpect(jsonPath("$.carriers[0].model.coefficients.production_t", near(1800.0, 1e-6)))
        .andExpect(jsonPath("$.carriers[0].model.n").value(4))
        .andExpect(jsonPath("$.carriers[0].model.p").value(2))
        .andExpect(jsonPath("$.carriers[0].model.r2", near(0.9, 1e-9)))
        .andExpect(jsonPath("$.carriers[0].model.cvrmse", near(0.158114, 1e-6)))
        .andExpect(jsonPath("$.carriers[0].model.nmbe", near(0.0, 1e-9)))
        .andExpect(jsonPath("$.carriers[0].model.meetsGuideline14").value(false))
        .andExpect(jsonPath("$.carriers[0].adjustedBaseline", near(15600.0, 1e-6)))
        .andExpect(jsonPath("$.carriers[0].reporting", near(13000.0, 1e-9)))
        .andExpect(jsonPath("$.carriers[0].avoided", near(2600.0, 1e-6)))
        .andExpect(jsonPath("$.carriers[0].avoidedPerYear", near(15557.377, 1e-3)))
        .andExpect(jsonPath("$.carriers[0].fractionalSaving", near(0.166667, 1e-6)))
        // the seeded China Southern grid factor (0.9063 kg/kWh) in force on 2012-03-01
        .andExpect(jsonPath("$.emissions[0].pollutant").value("CO2"))
        .andExpect(jsonPath("$.emissions[0].tonnesPerYear", near(15.5574 * 0.9063, 1e-3)))
        .andExpect(jsonPath("$.emissions[0].factors[0].carrier").value("ELECTRICITY_KWH"))
        .andExpect(jsonPath("$.emissions[0].factors[0].value", near(0.9063, 1e-9)))
        .andExpect(jsonPath("$.emissions[0].factors[0].unit").value("kg/kWh"))
        .andExpect(jsonPath("$.emissions[0].factors[0].source", containsString("NDRC")))
        // 15,557.377 kWh x HK$0.95 (seeded indicative Guangdong tariff) = HK$14,779.51
        .andExpect(jsonPath("$.costSavingHkdPerYear").value("14779.51"));
  }

  @Test
  void badReadingsAre422NamingRowAndColumnAndSaveNothing() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String applicant = accounts.applicantOf(p.factoryBr());
    long id = VerificationFixtures.open(mvc, accounts, applicant, p, "GUANGDONG");
    String bad =
        """
        from,to,ELECTRICITY_KWH,production_t
        2011-01-01,2011-01-31,3000,1
        2011-02-01,2011-02-28,-5,2
        2011-02-15,2011-03-31,8000,abc
        20110401,1999-04-30,8000,1
        2011-05-01,+57056-05-31,1E+1000000,1
        """;
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/verifications/" + id + "/readings")
                .with(accounts.api(applicant))
                .contentType("text/csv")
                .content(bad))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors[0].row").value(2))
        .andExpect(jsonPath("$.errors[0].column").value("ELECTRICITY_KWH"))
        .andExpect(jsonPath("$.errors[1].row").value(3))
        .andExpect(jsonPath("$.errors[1].column").value("production_t"))
        .andExpect(jsonPath("$.errors[2].row").value(4))
        .andExpect(jsonPath("$.errors[2].column").value("from"))
        .andExpect(jsonPath("$.errors[3].row").value(4))
        .andExpect(jsonPath("$.errors[3].column").value("to"))
        .andExpect(jsonPath("$.errors[4].row").value(5))
        .andExpect(jsonPath("$.errors[4].column").value("to"))
        .andExpect(jsonPath("$.errors[5].row").value(5))
        .andExpect(jsonPath("$.errors[5].column").value("ELECTRICITY_KWH"))
        .andExpect(jsonPath("$.errors.length()").value(6));
    mvc.perform(get("/api/verifications/" + id).with(accounts.api(applicant)))
        .andExpect(jsonPath("$.periods").value(0));
    String unknown = "from,to,ELECTRICITY_KWH,production_t,colour\n";
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/verifications/" + id + "/readings")
                .with(accounts.api(applicant))
                .contentType("text/csv")
                .content(unknown))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].row").value(0))
        .andExpect(jsonPath("$.errors[0].column").value("colour"));
  }

  @Test
  void onlyQaSignsAndSigningFreezesTheInputsAndTellsFactoryAndProvider() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String provider = withEmail(Role.PROVIDER, null, p.providerCode());
    String applicant = withEmail(Role.APPLICANT, p.factoryBr(), null);
    long id = VerificationFixtures.open(mvc, accounts, provider, p, "GUANGDONG");
    VerificationFixtures.readings(mvc, accounts, provider, id, VerificationFixtures.HAND_CSV, 200);

    for (String notQa :
        new String[] {
          accounts.create(Role.OFFICER),
          accounts.create(Role.ADMIN),
          provider,
          applicant,
          accounts.create(Role.EPD)
        }) {
      mvc.perform(post("/api/verifications/" + id + "/sign").with(accounts.api(notQa)))
          .andExpect(status().isForbidden());
    }
    String qa = accounts.create(Role.QA);
    mvc.perform(post("/api/verifications/" + id + "/sign").with(accounts.api(qa)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SIGNED"));

    VerificationFixtures.readings(
        mvc, accounts, provider, id, VerificationFixtures.HAND_CSV.replace("9000", "1"), 409);
    mvc.perform(get("/api/verifications/" + id + "/readings").with(accounts.api(provider)))
        .andExpect(jsonPath("$.readings.length()").value(6));
    mvc.perform(post("/api/verifications/" + id + "/sign").with(accounts.api(qa)))
        .andExpect(status().isConflict());
    assertThat(mail.await(provider + "@example.com", p.reference()).body())
        .contains("/verifications/" + id + "/report.pdf");
    mail.await(applicant + "@example.com", p.reference());
  }

  @Test
  void aReturnedCaseCanBeCorrectedAndMustBeResubmittedBeforeSigning() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String provider = accounts.staffOf(p.providerCode());
    long id = VerificationFixtures.open(mvc, accounts, provider, p, "GUANGDONG");
    VerificationFixtures.readings(mvc, accounts, provider, id, VerificationFixtures.HAND_CSV, 200);
    mvc.perform(post("/api/verifications/" + id + "/submit").with(accounts.api(provider)))
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
    VerificationFixtures.readings(mvc, accounts, provider, id, VerificationFixtures.HAND_CSV, 409);

    String qa = accounts.create(Role.QA);
    mvc.perform(
            post("/api/verifications/" + id + "/return")
                .with(accounts.api(qa))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"comments\":\"March 2012 bill missing\"}"))
        .andExpect(jsonPath("$.status").value("RETURNED"))
        .andExpect(jsonPath("$.qaComments").value("March 2012 bill missing"));
    mvc.perform(get("/api/verifications/" + id).with(accounts.api(provider)))
        .andExpect(jsonPath("$.qaComments").value("March 2012 bill missing"));
    VerificationFixtures.readings(
        mvc, accounts, provider, id, VerificationFixtures.HAND_CSV.replace("9000", "8500"), 200);
    mvc.perform(post("/api/verifications/" + id + "/sign").with(accounts.api(qa)))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/verifications/" + id + "/submit").with(accounts.api(provider)))
        .andExpect(status().isOk());
    mvc.perform(post("/api/verifications/" + id + "/sign").with(accounts.api(qa)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/verifications/" + id + "/result").with(accounts.api(qa)))
        .andExpect(jsonPath("$.carriers[0].reporting", near(12500.0, 1e-9)));
  }

  @Test
  void aProviderOrFactorySeesOnlyItsOwnCasesAndEpdOnlyReads() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String provider = accounts.staffOf(p.providerCode());
    long id = VerificationFixtures.open(mvc, accounts, provider, p, "GUANGDONG");

    Project other = VerificationFixtures.completedProject(fixtures, history);
    String otherProvider = accounts.staffOf(other.providerCode());
    String otherApplicant = accounts.applicantOf(other.factoryBr());
    for (String stranger : new String[] {otherProvider, otherApplicant}) {
      mvc.perform(get("/api/verifications/" + id).with(accounts.api(stranger)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/verifications/" + id + "/result").with(accounts.api(stranger)))
          .andExpect(status().isNotFound());
      VerificationFixtures.readings(
          mvc, accounts, stranger, id, VerificationFixtures.HAND_CSV, 404);
      mvc.perform(get("/api/verifications").with(accounts.api(stranger)))
          .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
    }
    // a provider cannot open a case on another provider's project
    mvc.perform(
            post("/api/verifications")
                .with(accounts.api(otherProvider))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"application\":\""
                        + p.reference()
                        + "\",\"option\":\"A\",\"boundary\":\"b\","
                        + "\"baseline\":{\"from\":\"2011-01-01\",\"to\":\"2011-04-30\"},"
                        + "\"reporting\":{\"from\":\"2012-03-01\",\"to\":\"2012-04-30\"}}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/verifications").with(accounts.api(provider)))
        .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isNotEmpty());
    String epd = accounts.create(Role.EPD);
    mvc.perform(get("/api/verifications/" + id).with(accounts.api(epd))).andExpect(status().isOk());
    VerificationFixtures.readings(mvc, accounts, epd, id, VerificationFixtures.HAND_CSV, 403);
  }

  @Test
  void badCaseInputNamesTheField() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/verifications")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"application\":\""
                        + p.reference()
                        + "\",\"option\":\"B\",\"boundary\":\"b\","
                        + "\"baseline\":{\"from\":\"2011-01-01\",\"to\":\"2011-12-31\"},"
                        + "\"reporting\":{\"from\":\"2011-06-01\",\"to\":\"2012-05-31\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reporting.from"));
    mvc.perform(
            post("/api/verifications")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"application\":\"" + p.reference() + "\",\"option\":\"E\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("option"));
  }

  String withEmail(Role role, String factoryBr, String providerCode) {
    return accounts.withEmail(role, factoryBr, providerCode);
  }
}
