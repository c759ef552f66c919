package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.application.HistoricalApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.verification.VerificationFixtures.Project;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Opening a case on its page, and the officers' pages of emission factors and tariffs. */
@IntegrationTest
class CaseFormPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;
  @Autowired AuditTrail audit;

  @Test
  void aProviderChoosesItsCompletedProjectAndOpensACaseOnThePage() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    Project other = VerificationFixtures.completedProject(fixtures, history);
    String provider = accounts.staffOf(p.providerCode());
    String choose = page("/verifications/new?text=" + p.reference(), provider);
    assertThat(choose)
        .contains("/verifications/new?application=" + p.reference())
        .contains("Variable speed drives on air compressors");
    assertThat(page("/verifications/new?text=" + other.reference(), provider))
        .doesNotContain(other.reference() + "</span>");

    mvc.perform(caseForm(provider, p.reference(), "2011-03-01"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Reporting period: first day: The reporting period must start after the"
                            + " baseline period ends.")));
    mvc.perform(caseForm(provider, other.reference(), "2012-03-01"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Application reference: There is no application " + other.reference())));
    String location =
        mvc.perform(caseForm(provider, p.reference(), "2012-03-01"))
            .andExpect(redirectedUrlPattern("/verifications/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(page(location, provider))
        .contains("Air compressor room, main meter M2", "production_t", "Electricity (kWh)");
    assertThat(page("/verifications/new?text=" + p.reference(), provider))
        .contains("href=\"" + location + "\"");
    mvc.perform(caseForm(provider, p.reference(), "2012-03-01"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("already has a verification case")));
  }

  @Test
  void theFormOffersTheNamedTechnologiesAndRecordsTheOneChosenOfTheMeasuresCategory()
      throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String applicant = accounts.applicantOf(p.factoryBr());
    assertThat(page("/verifications/new?application=" + p.reference(), applicant))
        .contains("value=\"VSD_MOTORS_PUMPS\"", "Regenerative thermal oxidiser (RTO)");
    mvc.perform(named(applicant, p.reference(), "RTO_THERMAL_OXIDISER"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Measure verified: RTO_THERMAL_OXIDISER is a technology of another category"
                            + " than the measure&#39;s.")));
    String location =
        mvc.perform(named(applicant, p.reference(), "COMPRESSED_AIR"))
            .andExpect(redirectedUrlPattern("/verifications/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(page(location, applicant))
        .contains("id=\"measure-technology-COMPRESSED_AIR\"")
        .contains("Compressed air system optimisation and leak repair");
  }

  private MockHttpServletRequestBuilder named(String user, String reference, String code) {
    return caseForm(user, reference, "2012-03-01")
        .param("measures.technology", "ENERGY_SAVING")
        .param("measures.description", "Leak survey and new dryer")
        .param("measures.technologyCode", code);
  }

  @Test
  void anOfficerAddsAnAuditedFactorVersionOnThePageAndQaOnlyReadsTheList() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String qa = accounts.create(Role.QA);
    String source = "Test grid factor " + System.nanoTime();
    mvc.perform(factor(officer, source).param("unit", "kg/L"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Unit: The unit must be kg/kWh (kg of pollutant per unit of the carrier).")));
    mvc.perform(factor(officer, source)).andExpect(redirectedUrl("/emission-factors"));
    assertThat(
            SystemActor.call(() -> audit.recent("emission-factor", 20)).stream()
                .anyMatch(e -> String.valueOf(e.changes()).contains(source)))
        .isTrue();
    String list = page("/emission-factors?page=0", qa);
    assertThat(list).contains("China Southern").doesNotContain("name=\"source\"");
    mvc.perform(factor(qa, source)).andExpect(status().isForbidden());

    mvc.perform(
            post("/tariffs")
                .with(accounts.page(officer))
                .with(csrf())
                .param("carrier", "ELECTRICITY_KWH")
                .param("region", "FUEL")
                .param("validFrom", "2013-01-01")
                .param("priceHkd", "1.10")
                .param("source", "Test tariff"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Region: Choose the factory")));
    assertThat(page("/tariffs", officer)).contains("name=\"priceHkd\"", "HK$ 0.95");
  }

  MockHttpServletRequestBuilder caseForm(String user, String reference, String reportingFrom) {
    return post("/verifications/new")
        .with(accounts.page(user))
        .with(csrf())
        .param("application", reference)
        .param("option", "B")
        .param("region", "GUANGDONG")
        .param("boundary", "Air compressor room, main meter M2")
        .param("variables", "production_t")
        .param("baseline.from", "2011-01-01")
        .param("baseline.to", "2011-04-30")
        .param("reporting.from", reportingFrom)
        .param("reporting.to", "2012-04-30")
        .param("carriers", "ELECTRICITY_KWH");
  }

  MockHttpServletRequestBuilder factor(String user, String source) {
    return post("/emission-factors")
        .with(accounts.page(user))
        .with(csrf())
        .param("pollutant", "CO2")
        .param("carrier", "ELECTRICITY_KWH")
        .param("region", "HONG_KONG_CLP")
        .param("validFrom", "2030-01-01")
        .param("value", "0.5")
        .param("unit", "kg/kWh")
        .param("source", source);
  }

  String page(String path, String user) throws Exception {
    return mvc.perform(get(path).with(accounts.page(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
