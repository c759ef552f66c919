package org.cppp.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.UnparsableRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Client mistakes at the edge, through MockMvc: each is a 4xx problem (API) or error status
 * (pages), never a 500. {@link ClientMistakesOverHttpTests} sends the same over a real port.
 */
@IntegrationTest
class ClientMistakesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;

  @Test
  void aMultipartBodyOnAJsonEndpointIsUnsupportedMediaTypeAsAProblem() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/enquiries/1/answer")
                .with(accounts.api(officer))
                .contentType("multipart/form-data")
                .content("{\"answer\":\"Yes\"}"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(415));
  }

  @Test
  void anApiUploadTheServerCannotParseIsABadRequestProblem() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(
            UnparsableRequest.post("/api/applications/CPPP-NONE/documents")
                .with(accounts.api(applicant)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("boundary")));
  }

  @Test
  void aPageUploadTheServerCannotParseIsABadRequest() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(
            UnparsableRequest.post("/applications/CPPP-NONE/documents")
                .with(accounts.page(applicant))
                .with(csrf().asHeader()))
        .andExpect(status().isBadRequest());
  }
}
