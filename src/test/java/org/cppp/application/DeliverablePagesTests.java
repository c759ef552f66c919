package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import org.cppp.application.DeliveryJourney.Work;
import org.cppp.funding.Scheme;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The deliverables section of an application's page, with htmx and without. */
@IntegrationTest
class DeliverablePagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired Clock clock;

  DeliveryJourney journey;

  @BeforeEach
  void journey() {
    journey = new DeliveryJourney(mvc, accounts, fixtures, committee, clock);
  }

  @Test
  void anHtmxUploadAnswersWithTheSectionOnlyAndQaSeesTheReviewButtons() throws Exception {
    Work work = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    String section =
        mvc.perform(
                multipart("/applications/" + work.ref() + "/deliverables")
                    .file(
                        new MockMultipartFile(
                            "file", "progress.pdf", "application/pdf", DeliveryJourney.PDF))
                    .param("kind", "PROGRESS_REPORT")
                    .header("HX-Request", "true")
                    .with(accounts.page(work.provider()))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(section)
        .startsWith("<section id=\"deliverables\"")
        .doesNotContain("<html")
        .contains("progress.pdf", "The deliverable was handed in", "Replace the file")
        .doesNotContain("Return with comments");

    String qaPage = page(work.qa(), work.ref());
    assertThat(qaPage)
        .contains("Return with comments", "Accept")
        .doesNotContain("Hand in</button>");
    assertThat(page(work.applicant(), work.ref()))
        .contains("a completion report accepted by QA", "Hand in</button>")
        .doesNotContain("Return with comments");
  }

  @Test
  void theUploaderReadsQasCommentsOnThePageInTheirLanguage() throws Exception {
    Work work = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    long id = journey.handIn(work.applicant(), work.ref(), "RECEIPT");
    mvc.perform(
            post("/applications/" + work.ref() + "/deliverables/" + id + "/return")
                .param("comments", "收據未蓋公司印")
                .with(accounts.page(work.qa()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/applications/" + work.ref() + "#deliverables"));
    String page =
        mvc.perform(
                get("/applications/" + work.ref())
                    .param("lang", "zh-HK")
                    .with(accounts.page(work.applicant())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("收據未蓋公司印", "已附意見退回", "更換檔案", "質量保證組已退回");

    String refused =
        mvc.perform(
                post("/applications/" + work.ref() + "/deliverables/" + id + "/return")
                    .param("comments", "again")
                    .header("HX-Request", "true")
                    .with(accounts.page(work.qa()))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("role=\"alert\"", "is not awaiting review");
    String json =
        mvc.perform(
                get("/api/applications/" + work.ref() + "/deliverables")
                    .with(accounts.api(work.applicant())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((String) JsonPath.read(json, "$[0].status")).isEqualTo("RETURNED");
  }

  private String page(String user, String ref) throws Exception {
    return mvc.perform(get("/applications/" + ref).with(accounts.page(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
