package org.cppp.application;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.provider.Providers;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.hamcrest.Matchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Steps of the screening tests through the API: an assessment in screening, ready, override. */
abstract class ScreeningSteps {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired Providers providers;
  @Autowired org.cppp.factory.Factories factories;
  @Autowired HistoricalApplications history;
  @Autowired AuditTrail audit;
  @Autowired TestClock clock;

  /** An on-site assessment of the factory, submitted and in screening; its reference. */
  String inScreening(String br, String provider) throws Exception {
    String applicant = accounts.applicantOf(br);
    String body =
        """
        {"factoryBr":"%s","scheme":"ON_SITE_ASSESSMENT","providerCode":"%s","title":"Audit",
         "costItems":[{"description":"Assessment","amountHkd":"30000"}],
         "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
        """
            .formatted(br, provider);
    String ref =
        JsonPath.read(
            mvc.perform(
                    post("/api/applications")
                        .with(accounts.api(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.reference");
    mvc.perform(
            multipart("/api/applications/" + ref + "/documents")
                .file(new MockMultipartFile("file", "q.pdf", "application/pdf", PDF))
                .param("kind", "QUOTATION")
                .with(accounts.api(applicant)))
        .andExpect(status().isCreated());
    act(applicant, ref, "submit", "{}").andExpect(status().isOk());
    act(staff(), ref, "screen", "{}").andExpect(status().isOk());
    return ref;
  }

  static final byte[] PDF = "%PDF-1.4\n% quotation\n".getBytes();

  String staff() {
    return accounts.create(Role.OFFICER);
  }

  ResultActions act(String user, String ref, String action, String body) throws Exception {
    return mvc.perform(
        post("/api/applications/" + ref + "/" + action)
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  ResultActions override(String user, String ref, String json) throws Exception {
    return mvc.perform(
        post("/api/applications/" + ref + "/screening/overrides")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  ResultActions ready(String ref) throws Exception {
    return act(staff(), ref, "ready", "{\"note\":\"Screened\"}");
  }

  void blockedNaming(String ref, String checkName) throws Exception {
    ready(ref)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("screening"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString(checkName)));
  }

  /** An application of the factory in screening, the factory no longer eligible since. */
  String ineligibleAfterSubmission(String br) throws Exception {
    String ref = inScreening(br, fixtures.registeredProvider());
    SystemActor.run(
        () ->
            factories.update(
                br,
                new FactoryDetails(
                    br,
                    "Test Factory " + br,
                    "測試工廠",
                    false,
                    "DONGGUAN",
                    Sector.METAL_AND_METAL_PRODUCTS,
                    LocalDate.of(2009, 1, 1),
                    "1 Test Road",
                    "Ms Test",
                    "+852 2000 0000",
                    "factory-" + br + "@example.com",
                    null)));
    return ref;
  }

  String repeatedAssessment() throws Exception {
    String br = fixtures.eligibleFactory();
    ScreeningTests.approvedAssessment(history, br, clock.today().minusYears(2));
    return inScreening(br, fixtures.registeredProvider());
  }
}
