package org.cppp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.HistoricalApplications;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The report as PDF in three languages, XLSX and CSV; the background jobs; who may see it. */
@IntegrationTest
class ReportFilesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;

  private String officer;

  @BeforeEach
  void programme() {
    new ReportFixtures(context).programme();
    officer = accounts.create(Role.OFFICER);
  }

  @AfterEach
  void clockBack() {
    clock.reset();
  }

  byte[] api(String path) throws Exception {
    return mvc.perform(get(path).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  @Test
  void pdfIsWrittenInEachLanguageWithChineseCharacters() throws Exception {
    String english = text(api("/api/reports/progress.pdf?year=2034"));
    assertThat(english)
        .contains("Progress Report on the Cleaner Production Partnership Programme")
        .contains("PROGRESS IN 2034/2035")
        .contains("Verification Services")
        .contains("During the report period, a total of four funding applications were approved")
        .contains("Applications as at 31 March 2035")
        .contains("Annex")
        .contains("Key Initiatives under the Cleaner Production Partnership Programme");
    byte[] traditionalPdf = api("/api/reports/progress.pdf?year=2034&lang=zh-HK");
    java.nio.file.Files.write(java.nio.file.Path.of("target", "report-zh-HK.pdf"), traditionalPdf);
    String traditional = text(traditionalPdf);
    assertThat(traditional).contains("清潔生產伙伴計劃").contains("2035年3月31日").doesNotContain("#");
    String simplified = text(api("/api/reports/progress.pdf?year=2034&lang=zh-CN"));
    assertThat(simplified).contains("清洁生产伙伴计划").doesNotContain("#");
  }

  @Test
  void xlsxHasOneSheetPerTableWithTheNumbers() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(api("/api/reports/progress.xlsx?year=2034")))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets)
          .containsExactly(
              "Approvals",
              "Technologies",
              "Sectors",
              "Providers",
              "Awareness",
              "Publications",
              "Committee",
              "Recognition",
              "Outcomes");
      Sheet approvals = book.getSheet("Approvals");
      assertThat(approvals.getRow(0).getCell(27).getStringCellValue())
          .isEqualTo("Approved (2034/35)");
      Row demonstrations = approvals.getRow(2);
      assertThat(demonstrations.getCell(0).getStringCellValue()).isEqualTo("DEMONSTRATION_PROJECT");
      assertThat(demonstrations.getCell(27).getNumericCellValue()).isEqualTo(2.0);
      Sheet recognition = book.getSheet("Recognition");
      assertThat(recognition.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.0);
    }
  }

  @Test
  void csvParsesIntoTheReportsFigures() throws Exception {
    String csv = new String(api("/api/reports/progress.csv?year=2034"), StandardCharsets.UTF_8);
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).containsExactly("table", "item", "period", "value");
      List<CSVRecord> records = parser.getRecords();
      assertThat(value(records, "approvals", "DEMONSTRATION_PROJECT", "2034/35")).isEqualTo("2");
      assertThat(value(records, "approvals", "ALL", "2034/35")).isEqualTo("4");
      assertThat(value(records, "providers", "joined", "2034/35")).isEqualTo("2");
      assertThat(value(records, "recognition", "SOURCING_ENTERPRISE", "2034")).isEqualTo("1");
    }
  }

  @Test
  void aTitleASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws Exception {
    String reference = "F-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String factory = fixtures.eligibleFactory();
    SystemActor.run(
        () ->
            context
                .getBean(HistoricalApplications.class)
                .record(
                    new HistoricalApplication(
                        reference,
                        Scheme.ON_SITE_ASSESSMENT,
                        factory,
                        null,
                        new BigDecimal("1000.00"),
                        LocalDate.of(2010, 4, 12),
                        ApplicationStatus.APPROVED,
                        LocalDate.of(2010, 6, 1),
                        null,
                        "=HYPERLINK(\"http://x\")")));
    String csv =
        mvc.perform(get("/reports/dashboard/overdue.csv").with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      CSVRecord row =
          parser.stream()
              .filter(r -> r.get("reference").equals(reference))
              .findFirst()
              .orElseThrow();
      assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://x\")");
      assertThat(row.get("factoryBr")).isEqualTo(factory);
      assertThat(row.get("daysOverdue")).matches("\\d+");
    }
    assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
  }

  @Test
  void aBackgroundJobShowsItsProgressAndGivesTheFile() throws Exception {
    MvcResult started =
        mvc.perform(
                post("/reports/jobs")
                    .param("year", "2034")
                    .param("format", "pdf")
                    .param("docLang", "zh-HK")
                    .with(accounts.page(officer))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String jobPath = started.getResponse().getRedirectedUrl();
    assertThat(jobPath).startsWith("/reports/jobs/");
    String fragment = "";
    for (int i = 0; i < 120 && !fragment.contains("/file"); i++) {
      fragment =
          mvc.perform(get(jobPath).header("HX-Request", "true").with(accounts.page(officer)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (!fragment.contains("/file")) {
        assertThat(fragment).contains("hx-trigger=\"every 1s\"");
        Thread.sleep(250);
      }
    }
    assertThat(fragment).contains(jobPath + "/file").doesNotContain("every 1s");
    byte[] pdf =
        mvc.perform(get(jobPath + "/file").with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(text(pdf)).contains("清潔生產伙伴計劃");

    String other = accounts.create(Role.OFFICER);
    mvc.perform(get(jobPath).with(accounts.page(other))).andExpect(status().isNotFound());
  }

  @Test
  void aFinishedJobIsForgottenAnHourAfterItStartedOnTheProgrammesClock() throws Exception {
    LocalDate today = clock.today();
    clock.setDate(today);
    String jobPath = startXlsxJob();
    String fragment = "";
    for (int i = 0; i < 120 && !fragment.contains("/file"); i++) {
      fragment =
          mvc.perform(get(jobPath).header("HX-Request", "true").with(accounts.page(officer)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (!fragment.contains("/file")) {
        Thread.sleep(250);
      }
    }
    assertThat(fragment).contains(jobPath + "/file");
    startXlsxJob();
    mvc.perform(get(jobPath).with(accounts.page(officer))).andExpect(status().isOk());
    clock.setDate(today.plusDays(1));
    startXlsxJob();
    mvc.perform(get(jobPath).with(accounts.page(officer))).andExpect(status().isNotFound());
  }

  private String startXlsxJob() throws Exception {
    return mvc.perform(
            post("/reports/jobs")
                .param("year", "2034")
                .param("format", "xlsx")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  @Test
  void aChineseReportFileLeavesTheOfficersPagesInTheirLanguage() throws Exception {
    MvcResult started =
        mvc.perform(
                post("/reports/jobs")
                    .param("year", "2034")
                    .param("format", "pdf")
                    .param("docLang", "zh-CN")
                    .header("HX-Request", "true")
                    .with(accounts.page(officer))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(cookie().doesNotExist("cppp-lang"))
            .andReturn();
    String fragment = started.getResponse().getContentAsString();
    assertThat(fragment).contains("zh-CN").contains("PDF");
    assertThat(fragment).containsAnyOf("Waiting", "Generating", "Ready");

    mvc.perform(get("/api/reports/progress.pdf?year=2034&lang=zh-HK").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(cookie().doesNotExist("cppp-lang"));
  }

  @Test
  void htmxStartsAJobAsAFragmentThatPolls() throws Exception {
    String fragment =
        mvc.perform(
                post("/reports/jobs")
                    .param("year", "2034")
                    .param("format", "xlsx")
                    .header("HX-Request", "true")
                    .with(accounts.page(officer))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment).contains("id=\"job-").doesNotContain("<html");
  }

  @Test
  void staffSeeTheReportPageAndDashboard() throws Exception {
    String page =
        mvc.perform(get("/reports/progress?year=2034").with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("approvals-table").contains("data-chart=");
    String dashboard =
        mvc.perform(get("/reports/dashboard").with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(dashboard).contains("data-chart=").contains("/reports/dashboard/burn.csv");
    for (String chart : ReportDashboard.CHARTS) {
      String csv =
          mvc.perform(get("/reports/dashboard/" + chart + ".csv").with(accounts.page(officer)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(csv).startsWith("label,");
    }
    mvc.perform(get("/reports/dashboard/overdue.csv").with(accounts.page(officer)))
        .andExpect(status().isOk());
    mvc.perform(get("/reports/dashboard/nothing.csv").with(accounts.page(officer)))
        .andExpect(status().isNotFound());
    String epd = accounts.create(Role.EPD);
    mvc.perform(get("/reports/dashboard").with(accounts.page(epd))).andExpect(status().isOk());
    String committee = accounts.create(Role.COMMITTEE);
    mvc.perform(get("/api/reports/progress?year=2034").with(accounts.api(committee)))
        .andExpect(status().isOk());
    mvc.perform(get("/reports/dashboard").with(accounts.page(committee)))
        .andExpect(status().isForbidden());
  }

  @Test
  void applicantsAndProvidersMayNotSeeReports() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(get("/api/reports/progress?year=2034").with(accounts.api(applicant)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/reports/progress.pdf?year=2034").with(accounts.api(applicant)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/reports/progress").with(accounts.page(applicant)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/reports/dashboard").with(accounts.page(applicant)))
        .andExpect(status().isForbidden());
    String provider = accounts.staffOf(fixtures.registeredProvider());
    mvc.perform(get("/api/reports/progress.csv?year=2034").with(accounts.api(provider)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/reports/progress?year=2034")).andExpect(status().isUnauthorized());
  }

  private static String value(List<CSVRecord> records, String table, String item, String period) {
    return records.stream()
        .filter(r -> r.get("table").equals(table) && r.get("item").equals(item))
        .filter(r -> r.get("period").equals(period))
        .map(r -> r.get("value"))
        .findFirst()
        .orElseThrow();
  }

  static String text(byte[] pdf) throws IOException {
    String samples = System.getProperty("cppp.report.samples");
    if (samples != null) {
      java.nio.file.Path dir = java.nio.file.Path.of(samples);
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.write(dir.resolve("report-" + System.nanoTime() + ".pdf"), pdf);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
