package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.application.HistoricalApplications;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.verification.VerificationFixtures.Project;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Entering readings on the page: a pasted grid previewed then saved, a CSV upload, evidence. */
@IntegrationTest
class ReadingPagesTests {

  static final String PASTED = VerificationFixtures.HAND_CSV.replace(',', '\t');

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;

  @Test
  void pastedRowsWithMistakesNameRowAndColumnInTheReadersLanguageAndSaveNothing() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String provider = accounts.staffOf(p.providerCode());
    long id = VerificationFixtures.open(mvc, accounts, provider, p, "GUANGDONG");
    String bad = PASTED.replace("5000\t2", "-5\t2").replace("8000\t4", "8000\tabc");
    String chinese = preview(id, provider, bad, "zh-HK");
    assertThat(chinese)
        .contains("第 2 行，ELECTRICITY_KWH 欄：不可為負數：-5")
        .contains("第 4 行，production_t 欄：不是數字（最多四位小數）：abc")
        .doesNotContain("Row 2");
    assertThat(preview(id, provider, bad, "zh-CN")).contains("第 2 行，ELECTRICITY_KWH 栏：");
    assertThat(preview(id, provider, bad, "en"))
        .contains("Row 2, column ELECTRICITY_KWH: Must not be negative: -5");
    assertThat(preview(id, provider, "from\tto\tELECTRICITY_KWH\tproduction_t\tcolour\n", "en"))
        .contains("Header row, column colour: Unknown column");

    mvc.perform(
            post("/verifications/" + id + "/readings")
                .with(accounts.page(provider))
                .with(csrf())
                .cookie(new Cookie("cppp-lang", "zh-HK"))
                .param("table", bad))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("第 2 行，ELECTRICITY_KWH 欄")));
    periods(id, provider, 0);
  }

  @Test
  void aPastedTableIsPreviewedWithoutSavingThenSavedAndACsvUploadReplacesIt() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String applicant = accounts.applicantOf(p.factoryBr());
    long id = VerificationFixtures.open(mvc, accounts, applicant, p, "GUANGDONG");
    assertThat(preview(id, applicant, PASTED, "en"))
        .contains("6 periods would be saved")
        .contains("<td>2012-04-30</td>")
        .doesNotContain("<html");
    periods(id, applicant, 0);

    mvc.perform(
            post("/verifications/" + id + "/readings")
                .with(accounts.page(applicant))
                .with(csrf())
                .param("table", PASTED))
        .andExpect(redirectedUrl("/verifications/" + id));
    periods(id, applicant, 6);
    String grid = page("/verifications/" + id + "/readings", applicant);
    assertThat(grid).contains("2012-04-01\t2012-04-30\t9000\t5");

    String csv = VerificationFixtures.HAND_CSV.replace("9000,5", "8500,5");
    mvc.perform(
            multipart("/verifications/" + id + "/readings/csv")
                .file(new MockMultipartFile("file", "readings.csv", "text/csv", csv.getBytes()))
                .with(accounts.page(applicant))
                .with(csrf()))
        .andExpect(redirectedUrl("/verifications/" + id));
    mvc.perform(get("/api/verifications/" + id + "/result").with(accounts.api(applicant)))
        .andExpect(jsonPath("$.carriers[0].reporting").value(12500.0));
  }

  @Test
  void evidenceIsAddedForAPeriodAndDownloadedByWhoeverSeesTheCaseOnly() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String provider = accounts.staffOf(p.providerCode());
    long id = VerificationFixtures.open(mvc, accounts, provider, p, "GUANGDONG");
    byte[] bill = "%PDF-1.4\n%bill\n".getBytes();
    mvc.perform(
            multipart("/verifications/" + id + "/evidence")
                .file(new MockMultipartFile("file", "bill-2011-01.pdf", "application/pdf", bill))
                .param("from", "2011-01-01")
                .param("to", "2011-01-31")
                .with(accounts.page(provider))
                .with(csrf()))
        .andExpect(redirectedUrl("/verifications/" + id + "#evidence"));
    mvc.perform(
            multipart("/verifications/" + id + "/evidence")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", bill))
                .param("from", "2010-01-01")
                .param("to", "2010-01-31")
                .with(accounts.page(provider))
                .with(csrf()))
        .andExpect(
            Shown.failure(
                "Evidence period: Choose a period within the baseline or reporting period."));
    String html = page("/verifications/" + id, accounts.applicantOf(p.factoryBr()));
    String link =
        html.replaceAll("(?s).*href=\"(/verifications/" + id + "/evidence/\\d+)\".*", "$1");
    assertThat(html).contains("bill-2011-01.pdf");
    mvc.perform(get(link).with(accounts.page(provider)))
        .andExpect(status().isOk())
        .andExpect(content().bytes(bill));
    Project other = VerificationFixtures.completedProject(fixtures, history);
    mvc.perform(get(link).with(accounts.page(accounts.staffOf(other.providerCode()))))
        .andExpect(status().isNotFound());
  }

  String preview(long id, String user, String table, String language) throws Exception {
    return mvc.perform(
            post("/verifications/" + id + "/readings/preview")
                .with(accounts.page(user))
                .with(csrf())
                .header("HX-Request", "true")
                .cookie(new Cookie("cppp-lang", language))
                .param("table", table))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  void periods(long id, String user, int expected) throws Exception {
    mvc.perform(get("/api/verifications/" + id).with(accounts.api(user)))
        .andExpect(jsonPath("$.periods").value(expected));
  }

  String page(String path, String user) throws Exception {
    return mvc.perform(get(path).with(accounts.page(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
