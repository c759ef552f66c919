package org.cppp.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ImportPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  static String br() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
  }

  String upload(String officer, String csv) throws Exception {
    MvcResult posted =
        mvc.perform(
                multipart("/imports")
                    .file(
                        new MockMultipartFile(
                            "file", "f.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .param("dataset", "factories")
                    .with(accounts.page(officer))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    return posted.getResponse().getRedirectedUrl();
  }

  String finished(String officer, String jobUrl) throws Exception {
    for (int i = 0; i < 100; i++) {
      String html =
          mvc.perform(get(jobUrl).header("HX-Request", "true").with(accounts.page(officer)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (!html.contains("data-running=\"true\"")) {
        return html;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the import did not finish");
  }

  @Test
  void anOfficerUploadsAFileAndFollowsItsProgressToTheCount() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/imports").with(accounts.page(officer))).andExpect(status().isOk());
    String job =
        upload(
            officer,
            "br_number,name_en,hk_owned,city,sector\n"
                + br()
                + ",Page Import,true,DONGGUAN,TEXTILES\n");
    assertThat(job).startsWith("/imports/jobs/");
    mvc.perform(get(job).with(accounts.page(officer))).andExpect(status().isOk());
    String html = finished(officer, job);
    assertThat(html).contains("import-written").contains("1 new rows saved");
  }

  @Test
  void theProgressEndsInTheTableOfMistakes() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String job =
        upload(officer, "br_number,name_en,hk_owned,city,sector\n123,X,true,DONGGUAN,TEXTILES\n");
    String html = finished(officer, job);
    assertThat(html).contains("Nothing was saved").contains("<code>br_number</code>");
  }

  @Test
  void theProgressShowsTheTotalAndAReloadedPageShowsTheLastJob() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String job =
        upload(
            officer,
            "br_number,name_en,hk_owned,city,sector\n"
                + br()
                + ",Total One,true,DONGGUAN,TEXTILES\n"
                + br()
                + ",Total Two,true,DONGGUAN,TEXTILES\n");
    String html = finished(officer, job);
    assertThat(html).containsPattern("import-total\">2<").contains("2 new rows saved");
    String page =
        mvc.perform(get("/imports").with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Your last import")
        .contains("id=\"import-job\"")
        .contains("2 new rows saved")
        .doesNotContainPattern("id=\"import-start\"[^>]*disabled");
    String other = accounts.create(Role.OFFICER);
    assertThat(
            mvc.perform(get("/imports").with(accounts.page(other)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("id=\"import-job\"");
  }

  @Test
  void aCancelledImportSavesNothingAndWhileOneRunsTheNextWaits() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int base = ThreadLocalRandom.current().nextInt(10_000_000, 89_000_000);
    StringBuilder csv = new StringBuilder("br_number,name_en,hk_owned,city,sector\n");
    for (int i = 0; i < 40_000; i++) {
      csv.append(base + i).append(",Cancelled ").append(base).append(",true,DONGGUAN,TEXTILES\n");
    }
    String job = upload(officer, csv.toString());

    String page =
        mvc.perform(get("/imports").with(accounts.page(officer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Your import now running")
        .containsPattern("id=\"import-start\"[^>]*disabled")
        .contains(job + "/cancel");
    mvc.perform(
            multipart("/imports")
                .file(new MockMultipartFile("file", "g.csv", "text/csv", "x".getBytes()))
                .param("dataset", "factories")
                .with(accounts.page(officer))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("still running")));

    mvc.perform(
            post(job + "/cancel")
                .with(accounts.page(officer))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().is3xxRedirection());
    String html = finished(officer, job);
    assertThat(html).contains("Import cancelled: nothing was saved.");
    assertThat(
            jdbc.sql("select count(*) from factory where name_en = ?")
                .param("Cancelled " + base)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anotherOfficerCannotCancelMyImport() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String job =
        upload(
            officer,
            "br_number,name_en,hk_owned,city,sector\n" + br() + ",Mine,true,DONGGUAN,TEXTILES\n");
    mvc.perform(
            post(job + "/cancel")
                .with(accounts.page(accounts.create(Role.OFFICER)))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isNotFound());
    finished(officer, job);
  }

  @Test
  void applicantsCannotOpenTheUploadPage() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(get("/imports").with(accounts.page(applicant))).andExpect(status().isForbidden());
  }
}
