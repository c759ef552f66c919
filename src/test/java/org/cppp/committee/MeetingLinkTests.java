package org.cppp.committee;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.identity.Role;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A meeting's online link is clicked by every member: only an https address is kept. */
@IntegrationTest
class MeetingLinkTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(document.cookie)",
        " JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "http://meet.example.org/pmc",
        "https://attacker@meet.example.org/pmc",
        "https:/no-host",
        "meet.example.org/pmc"
      })
  void anythingButAnHttpsLinkIsRefusedThroughTheApiAndThePage(String link) throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String body =
        """
        {"number":"PMC L-%d","title":"Link","date":"2031-05-06","startTime":"14:30",
         "venue":"","onlineLink":"%s"}
        """
            .formatted(System.nanoTime(), link.replace("\"", "\\\""));
    mvc.perform(
            post("/api/committee/meetings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("onlineLink")))
        .andExpect(content().string(containsString("https://")));
    mvc.perform(
            post("/committee/meetings")
                .param("number", "PMC L-" + System.nanoTime())
                .param("title", "Link")
                .param("date", "2031-05-06")
                .param("startTime", "14:30")
                .param("onlineLink", link)
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is-invalid")))
        .andExpect(content().string(containsString("must be an https:// address")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://meet.example.org/pmc?id=42", "HTTPS://Meet.Example.org/x"})
  void anHttpsLinkIsKept(String link) throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String body =
        """
        {"number":"PMC L-%d","title":"Link","date":"2031-05-06","startTime":"14:30",
         "venue":"","onlineLink":"%s"}
        """
            .formatted(System.nanoTime(), link);
    mvc.perform(
            post("/api/committee/meetings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(accounts.api(officer)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.onlineLink").value(link));
  }
}
