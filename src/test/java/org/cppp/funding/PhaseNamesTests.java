package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cppp.identity.Role;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A phase's name is data in the three languages (issue 9.19): Chinese pages and PDFs show it. */
@IntegrationTest
class PhaseNamesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void theLaunchPhaseReadsInTheReadersLanguage() {
    Phase launch = new FundingPhaseNames().launch();
    assertThat(launch.name(Locale.ENGLISH)).isEqualTo("Launch phase");
    assertThat(launch.name(Locale.forLanguageTag("zh-HK"))).isEqualTo("啟動階段");
    assertThat(launch.name(Locale.forLanguageTag("zh-CN"))).isEqualTo("启动阶段");
    Phase untranslated =
        new Phase("Phase 9", LocalDate.of(2030, 4, 1), null, 5, List.of(), null, " ");
    assertThat(untranslated.name(Locale.forLanguageTag("zh-CN"))).isEqualTo("Phase 9");
  }

  @Test
  void chinesePagesNameThePhaseInChinese() throws Exception {
    mvc.perform(
            get("/funding/calculator")
                .param("scheme", "ON_SITE_ASSESSMENT")
                .param("cost", "20000")
                .param("date", "2011-06-01")
                .cookie(new Cookie("cppp-lang", "zh-HK")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("啟動階段")))
        .andExpect(content().string(not(containsString("Launch phase"))));
    mvc.perform(get("/").cookie(new Cookie("cppp-lang", "zh-CN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("启动阶段")));
    mvc.perform(
            get("/funding/phases")
                .with(accounts.page(accounts.create(Role.OFFICER)))
                .cookie(new Cookie("cppp-lang", "zh-CN")))
        .andExpect(content().string(containsString("启动阶段")))
        .andExpect(content().string(containsString("简体中文名称")));
  }

  @Test
  void theChineseReportPdfNamesThePhaseInChinese() throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/api/reports/progress.pdf?year=2011&lang=zh-HK")
                    .with(accounts.api(accounts.create(Role.OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("啟動階段").doesNotContain("Launch phase");
    }
  }

  /** The launch phase as the migration names it. */
  static final class FundingPhaseNames {
    Phase launch() {
      return FundingRuleTests.launch().translated("啟動階段", "启动阶段").view(null);
    }
  }
}
