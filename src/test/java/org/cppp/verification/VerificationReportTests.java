package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cppp.application.HistoricalApplications;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.verification.VerificationFixtures.Project;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The verification report PDF of the hand-computed case, through the page route, in the language
 * the reader picks: method, statistics, the server-side chart, savings, emissions, cost, payback.
 */
@IntegrationTest
class VerificationReportTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;

  @Test
  void theSignedReportReadsInEnglishAndTraditionalChineseWithItsFiguresAndChart() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String provider = accounts.staffOf(p.providerCode());
    long id = VerificationFixtures.open(mvc, accounts, provider, p, "GUANGDONG");
    VerificationFixtures.readings(mvc, accounts, provider, id, VerificationFixtures.HAND_CSV, 200);
    mvc.perform(
            post("/api/verifications/" + id + "/sign").with(accounts.api(accounts.create(Role.QA))))
        .andExpect(status().isOk());
    String factory = accounts.applicantOf(p.factoryBr());

    MockHttpServletResponse english = report(id, factory, "en");
    String en = text(english.getContentAsByteArray());
    assertThat(en)
        .contains("Verification report: " + p.reference())
        .contains("Method and boundary", "Air compressor room, main meter M2")
        .contains("Retrofit isolation, all parameters measured")
        .contains("0.900", "15.8 %", "1,800.0000 × production_t")
        .contains("CV(RMSE) 15.8 % exceeds the 15.0 % Guideline 14 allows")
        .contains("15,600", "13,000", "2,600", "15,557", "16.7 %")
        .contains("CO2", "14.100") // 15,557.377 kWh x 0.9063 kg/kWh
        .contains("HK$ 14,779.51", "HK$ 200,000.00", "13.53 years");
    assertThat(english.getHeader("Content-Disposition"))
        .contains("verification-" + p.reference() + "-en.pdf");

    MockHttpServletResponse chinese = report(id, factory, "zh-HK");
    String zh = text(chinese.getContentAsByteArray());
    assertThat(zh)
        .contains("核實報告：" + p.reference())
        .contains("方法及邊界", "基線模型", "節省量", "減少的排放", "簡單回本")
        .contains("改裝隔離，量度所有參數", "電力", "13.53 年", "HK$ 14,779.51")
        .doesNotContain("Method and boundary");
    assertThat(chinese.getCookie("cppp-lang")).isNull();
    assertThat(imagesOnPages(chinese.getContentAsByteArray())).isPositive();
  }

  MockHttpServletResponse report(long id, String user, String language) throws Exception {
    return mvc.perform(
            get("/verifications/" + id + "/report.pdf")
                .param("docLang", language)
                .with(accounts.page(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  static long imagesOnPages(byte[] pdf) throws IOException {
    long images = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().isImageXObject(name)) {
            images++;
          }
        }
      }
    }
    return images;
  }
}
