package org.cppp.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import org.springframework.test.web.servlet.MockMvc;

/** Starting a draft the way an applicant does, on the new-application page. */
public final class PageDrafts {

  private PageDrafts() {}

  /** Starts a draft of {@code scheme} for the factory and answers its reference. */
  public static String start(
      MockMvc mvc, TestAccounts accounts, String applicant, String br, String scheme)
      throws Exception {
    String location =
        mvc.perform(
                post("/applications/new")
                    .with(accounts.page(applicant))
                    .with(csrf())
                    .param("factoryBr", br)
                    .param("scheme", scheme))
            .andExpect(redirectedUrlPattern("/applications/APP-*/edit"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return location.split("/")[2];
  }
}
