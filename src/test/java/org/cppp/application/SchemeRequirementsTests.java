package org.cppp.application;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What a scheme's catalogue entry requires of an application: its required supporting documents
 * (submission is refused naming the one missing, in the reader's language) and its technology
 * categories (a draft naming another is refused, field {@code technology}). Its own database: the
 * 2020 phase it adds would change the rules other tests read.
 */
@IntegrationTest
@DirtiesContext
@TestPropertySource(properties = "cppp.test.database=scheme-requirements")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchemeRequirementsTests {

  static final String SCHEME =
      """
      {"code":"DEMONSTRATION_PROJECT_VOC","initiative":"DEMONSTRATION","names":{"en":"VOC demonstration","zh-HK":"揮發性有機化合物示範","zh-CN":"挥发性有机化合物示范"},"applicants":["HK_BUSINESS"],"needsCommittee":true,"documents":["QUOTATION","TECHNICAL_PROPOSAL"],"technologies":["VOC_REDUCTION"]}
      """;

  static final String PHASE =
      """
      {"name":"2020 phase","effectiveFrom":"2020-04-01","schemes":[{"scheme":"ON_SITE_ASSESSMENT","share":"0.50","ceiling":"45000.00","completionMonths":3},{"scheme":"DEMONSTRATION_PROJECT_VOC","share":"0.50","ceiling":"450000.00","completionMonths":12}]}
      """;

  static final byte[] PDF = "%PDF-1.4\n% proposal\n".getBytes();

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;

  @BeforeEach
  void in2020() {
    clock.setDate(LocalDate.of(2020, 6, 1));
  }

  @AfterEach
  void backToDefault() {
    clock.reset();
  }

  @Test
  @Order(1)
  void theSchemeAndAPhaseFundingItAreDefined() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    send(officer, "/api/funding/schemes", SCHEME)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.documents[1]").value("TECHNICAL_PROPOSAL"))
        .andExpect(jsonPath("$.technologies[0]").value("VOC_REDUCTION"));
    send(officer, "/api/funding/phases", PHASE).andExpect(status().isCreated());
  }

  @Test
  @Order(2)
  void aDraftNamingATechnologyTheSchemeDoesNotListIsRefused() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    send(applicant, "/api/applications", draft(br, "ENERGY_SAVING"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("technology"))
        .andExpect(jsonPath("$.detail", containsString("Energy saving")));
    String ref = created(applicant, draft(br, "VOC_REDUCTION"));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/applications/" + ref)
                .with(accounts.api(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit("EFFLUENT_REDUCTION")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("technology"));
  }

  @Test
  @Order(3)
  void aSubmissionLackingARequiredDocumentIsRefusedNamingIt() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String ref = created(applicant, draft(br, "VOC_REDUCTION"));
    submit(applicant, ref, "en")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("documents.TECHNICAL_PROPOSAL"))
        .andExpect(jsonPath("$.errors[0].message", containsString("Technical proposal")));
    submit(applicant, ref, "zh-HK")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", containsString("技術建議書")));
    mvc.perform(
            multipart("/api/applications/" + ref + "/documents")
                .file(new MockMultipartFile("file", "proposal.pdf", "application/pdf", PDF))
                .param("kind", "TECHNICAL_PROPOSAL")
                .with(accounts.api(applicant)))
        .andExpect(status().isCreated());
    submit(applicant, ref, "en")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
  }

  @Test
  @Order(4)
  void aLaunchSchemeStillNeedsOnlyItsQuotation() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String body =
        draft(br, "VOC_REDUCTION").replace("DEMONSTRATION_PROJECT_VOC", "ON_SITE_ASSESSMENT");
    String ref = created(applicant, body);
    submit(applicant, ref, "en").andExpect(status().isOk());
  }

  private String created(String user, String json) throws Exception {
    String body =
        send(user, "/api/applications", json)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.reference");
  }

  private ResultActions submit(String user, String ref, String language) throws Exception {
    return mvc.perform(
        post("/api/applications/" + ref + "/submit")
            .with(accounts.api(user))
            .cookie(new Cookie("cppp-lang", language)));
  }

  private ResultActions send(String user, String path, String json) throws Exception {
    return mvc.perform(
        post(path).with(accounts.api(user)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  /** A draft's fields as saved ({@code PUT}): its factory and scheme are fixed at creation. */
  private String edit(String technology) {
    return """
        {"title":"Solvent recovery","providerCode":"%s","quotationRef":"Q-1",
         "costItems":[{"description":"Condenser","amountHkd":"300000"}],
         "technology":"%s","expectedBenefits":"Less VOC"}
        """
        .formatted(fixtures.registeredProvider(), technology);
  }

  private String draft(String br, String technology) {
    return """
        {"factoryBr":"%s","scheme":"DEMONSTRATION_PROJECT_VOC","title":"Solvent recovery",
         "providerCode":"%s","quotationRef":"Q-1",
         "costItems":[{"description":"Condenser","amountHkd":"300000"}],
         "technology":"%s","expectedBenefits":"Less VOC"}
        """
        .formatted(br, fixtures.registeredProvider(), technology);
  }
}
