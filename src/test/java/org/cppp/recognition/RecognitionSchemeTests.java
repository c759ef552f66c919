package org.cppp.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.DateInput;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class RecognitionSchemeTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired RecognitionCycles cycles;
  @Autowired RecognitionNominations nominations;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  private final JsonMapper json = JsonMapper.builder().build();

  /** A year no other test uses (years are unique per cycle). */
  private static int freshYear() {
    return 2100 + ThreadLocalRandom.current().nextInt(0, 899);
  }

  private int createCycle(String officer, String extra) throws Exception {
    for (int attempt = 0; ; attempt++) {
      int year = freshYear();
      int status =
          mvc.perform(
                  post("/api/recognition/cycles")
                      .with(accounts.api(officer))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          """
                          {"year":%d,"title":"Partners %d","nominationsOpen":"2008-01-01",
                           "nominationsClose":"%s"%s}
                          """
                              .formatted(year, year, DateInput.on(clock).last(), extra)))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status == 201) {
        return year;
      }
      assertThat(attempt).as("cycle creation answered %s", status).isLessThan(3);
    }
  }

  private long nominate(String officer, int year, String name, String category) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/recognition/cycles/{y}/nominations", year)
                    .with(accounts.api(officer))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"nomineeNameEn":"%s","nomineeNameZh":"綠色製衣廠","category":"%s",
                         "contactName":"Ms Secret Contact","contactEmail":"secret@example.com",
                         "evidence":[{"type":"COMPLETED_ASSESSMENTS","description":"3 on-site assessments",
                                      "reference":"A-1"}]}
                        """
                            .formatted(name, category)))
            .andExpect(status().isCreated())
            .andReturn();
    return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
  }

  private void act(String officer, int year, String action) throws Exception {
    mvc.perform(post("/api/recognition/cycles/{y}/{a}", year, action).with(accounts.api(officer)))
        .andExpect(status().isOk());
  }

  private void assess(String officer, int year, long id, String body) throws Exception {
    mvc.perform(
            post("/api/recognition/cycles/{y}/nominations/{id}/assessment", year, id)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }

  @Test
  void aCycleRunsFromNominationToAPublishedListOfOnlyTheRecognised() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int year = createCycle(officer, "");
    act(officer, year, "open");
    long good = nominate(officer, year, "Green Garment Factory Ltd", "MANUFACTURING_ENTERPRISE");
    long weak = nominate(officer, year, "Smoky Dyeing Works", "MANUFACTURING_ENTERPRISE");
    act(officer, year, "close");
    assess(
        officer,
        year,
        good,
        "{\"score\":88,\"comments\":\"Private assessor remark\",\"outcome\":\"RECOGNISED\",\"grade\":\"PARTNER\"}");
    assess(
        officer,
        year,
        weak,
        "{\"score\":30,\"outcome\":\"NOT_RECOGNISED\",\"comments\":\"hidden remark\"}");

    mvc.perform(get("/recognition/{y}", year)).andExpect(status().isNotFound());
    mvc.perform(get("/recognition/{y}/certificates/{id}.pdf", year, good))
        .andExpect(status().isNotFound());

    mvc.perform(
            get("/recognition/cycles/{y}/nominations/{id}", year, good)
                .with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("secret@example.com")));
    act(officer, year, "publish");

    String page =
        mvc.perform(get("/recognition/{y}", year))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Green Garment Factory Ltd", "綠色製衣廠", "Cleaner Production Partner")
        .doesNotContain(
            "Smoky Dyeing Works", "Secret Contact", "secret@example.com", "Private assessor remark")
        .doesNotContain("hidden remark", "on-site assessments");
    mvc.perform(get("/recognition"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(Integer.toString(year))));
    assertThat(SystemActor.call(() -> audit.of("recognition-cycle", Integer.toString(year))))
        .extracting(e -> e.action())
        .containsExactly("PUBLISH", "CLOSE", "OPEN", "CREATED");
    assertThat(SystemActor.call(() -> audit.of("nomination", Long.toString(good))))
        .extracting(e -> e.action())
        .containsExactly("ASSESSED", "SUBMITTED");
  }

  @Test
  void theCertificateCarriesTheNomineesNameInItsTextLayer() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int year = createCycle(officer, "");
    act(officer, year, "open");
    long id = nominate(officer, year, "Pearl River Plastics Ltd", "SOURCING_ENTERPRISE");
    act(officer, year, "close");
    assess(officer, year, id, "{\"score\":75,\"outcome\":\"RECOGNISED\",\"grade\":\"PARTNER\"}");

    byte[] staffPdf =
        mvc.perform(
                get("/recognition/cycles/{y}/nominations/{id}/certificate.pdf", year, id)
                    .with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(text(staffPdf))
        .contains(
            "Pearl River Plastics Ltd",
            "綠色製衣廠",
            "Hong Kong - Guangdong Cleaner Production Partners")
        .contains("粵港清潔生產伙伴", Integer.toString(year), "Sourcing enterprise", "採購企業");

    act(officer, year, "publish");
    byte[] publicPdf =
        mvc.perform(get("/recognition/{y}/certificates/{id}.pdf", year, id).param("lang", "zh-CN"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(text(publicPdf)).contains("Pearl River Plastics Ltd", "粤港清洁生产伙伴", "采购企业");
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "recognition-certificate.pdf"), staffPdf);
  }

  @Test
  void figuresCountTheRecognisedPerCategory() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int year = createCycle(officer, "");
    act(officer, year, "open");
    act(officer, year, "close");
    StringBuilder lines = new StringBuilder("name,category,grade\n");
    for (int i = 0; i < 113; i++) {
      lines.append("Factory ").append(i).append(" Co., Ltd., MANUFACTURING_ENTERPRISE\n");
    }
    for (int i = 0; i < 20; i++) {
      lines.append("ET Provider ").append(i).append(", ET_SERVICE_PROVIDER, PARTNER\n");
    }
    for (int i = 0; i < 6; i++) {
      lines.append("Sourcing ").append(i).append(", SOURCING_ENTERPRISE\n");
    }
    mvc.perform(
            post("/recognition/cycles/{y}/bulk", year)
                .with(accounts.page(officer))
                .with(csrf())
                .param("lines", lines.toString()))
        .andExpect(status().is3xxRedirection());
    long pending = nominate(officer, year, "Still Pending Ltd", "MANUFACTURING_ENTERPRISE");

    RecognitionFigures figures = SystemActor.call(() -> cycles.figures(year));
    assertThat(figures.perCategory())
        .containsEntry("MANUFACTURING_ENTERPRISE", 113L)
        .containsEntry("ET_SERVICE_PROVIDER", 20L)
        .containsEntry("SOURCING_ENTERPRISE", 6L);
    assertThat(figures.total()).isEqualTo(139);
    assertThat(pending).isPositive();
    mvc.perform(get("/api/recognition/cycles/{y}/figures", year).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.perCategory.MANUFACTURING_ENTERPRISE").value(113));
  }

  @Test
  void aBadBulkLineSavesNothing() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int year = createCycle(officer, "");
    mvc.perform(
            post("/api/recognition/cycles/{y}/nominations/bulk", year)
                .with(accounts.api(officer))
                .contentType(MediaType.TEXT_PLAIN)
                .content("Good Co, MANUFACTURING_ENTERPRISE\nBad Co, NO_SUCH_CATEGORY\n"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lines"));
    assertThat(SystemActor.call(() -> cycles.figures(year)).total()).isZero();
  }

  @Test
  void categoriesAndGradesAddedAsDataAreUsable() throws Exception {
    String code = "CAT_" + Integer.toHexString(ThreadLocalRandom.current().nextInt()).toUpperCase();
    String grade =
        "GRD_" + Integer.toHexString(ThreadLocalRandom.current().nextInt()).toUpperCase();
    jdbc.sql(
            "insert into recognition_category (code, name_en, name_zh_hk, name_zh_cn, sort_order)"
                + " values (?, 'Industrial estate', '工業邨', '工业村', 40)")
        .param(code)
        .update();
    jdbc.sql(
            "insert into recognition_grade (code, name_en, name_zh_hk, name_zh_cn, sort_order,"
                + " effective_from_year) values (?, 'Gold Partner', '金伙伴', '金伙伴', 30, 2009)")
        .param(grade)
        .update();
    String officer = accounts.create(Role.OFFICER);
    int year =
        createCycle(officer, ",\"categories\":[\"%s\"],\"grades\":[\"%s\"]".formatted(code, grade));
    act(officer, year, "open");
    long id = nominate(officer, year, "Estate Operator Ltd", code);
    act(officer, year, "close");
    assess(
        officer,
        year,
        id,
        "{\"score\":90,\"outcome\":\"RECOGNISED\",\"grade\":\"%s\"}".formatted(grade));
    act(officer, year, "publish");
    mvc.perform(get("/recognition/{y}", year).param("lang", "zh-HK"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("工業邨")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("金伙伴")));
    assertThat(SystemActor.call(() -> cycles.figures(year)).perCategory())
        .containsExactly(java.util.Map.entry(code, 1L));
  }

  @Test
  void aGradeIsUsedOnlyFromTheYearItIsEffective() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/recognition/cycles")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"year":2010,"title":"2010","nominationsOpen":"2010-01-01",
                     "nominationsClose":"2010-03-31","grades":["EXCELLENT_PARTNER"]}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("grades"));
  }

  @Test
  void illegalTransitionsAreRefusedAsBadRequests() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int year = createCycle(officer, "");
    mvc.perform(post("/api/recognition/cycles/{y}/publish", year).with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DRAFT")));
    mvc.perform(post("/api/recognition/cycles/{y}/close", year).with(accounts.api(officer)))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/recognition/cycles/{y}/explode", year).with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("action"));
    act(officer, year, "open");
    mvc.perform(post("/api/recognition/cycles/{y}/open", year).with(accounts.api(officer)))
        .andExpect(status().isBadRequest());
    long id = nominate(officer, year, "Too Early Ltd", "MANUFACTURING_ENTERPRISE");
    mvc.perform(
            post("/api/recognition/cycles/{y}/nominations/{id}/assessment", year, id)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"score\":50,\"outcome\":\"RECOGNISED\",\"grade\":\"PARTNER\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    mvc.perform(
            post("/recognition/cycles/{y}/publish", year).with(accounts.page(officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(SystemActor.call(() -> cycles.get(year)).status())
        .isEqualTo(CycleStatus.OPEN_FOR_NOMINATIONS);
  }

  @Test
  void badInputNamesTheFieldAndSavesNothing() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int year = createCycle(officer, "");
    long before =
        SystemActor.call(
            () ->
                nominations
                    .search(
                        year,
                        NominationFilter.all(),
                        org.springframework.data.domain.Pageable.unpaged())
                    .getTotalElements());
    mvc.perform(
            post("/api/recognition/cycles/{y}/nominations", year)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"nomineeNameEn\":\"\",\"category\":\"MANUFACTURING_ENTERPRISE\","
                        + "\"factoryBr\":\"12AB\",\"contactEmail\":\"not-an-email\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='nomineeNameEn')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='factoryBr')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='contactEmail')]").exists());
    mvc.perform(
            post("/api/recognition/cycles/{y}/nominations", year)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nomineeNameEn\":\"X Ltd\",\"category\":\"NO_SUCH\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("category"));
    mvc.perform(
            post("/api/recognition/cycles")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\":2999,\"title\":\"\",\"nominationsOpen\":\"2030-05-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='title')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='nominationsClose')]").exists());
    mvc.perform(
            post("/recognition/cycles/{y}/nominations/new", year)
                .with(accounts.page(officer))
                .with(csrf())
                .param("nomineeNameEn", "")
                .param("category", "MANUFACTURING_ENTERPRISE"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
    long after =
        SystemActor.call(
            () ->
                nominations
                    .search(
                        year,
                        NominationFilter.all(),
                        org.springframework.data.domain.Pageable.unpaged())
                    .getTotalElements());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void staffPagesAreForStaffAndTheListIsForEveryone() throws Exception {
    var applicant =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user("applicant-" + year0())
            .roles("APPLICANT");
    String epd = accounts.create(Role.EPD);
    String officer = accounts.create(Role.OFFICER);
    int year = createCycle(officer, "");
    mvc.perform(get("/recognition/cycles").with(applicant)).andExpect(status().isForbidden());
    mvc.perform(get("/api/recognition/cycles").with(applicant)).andExpect(status().isForbidden());
    mvc.perform(get("/recognition/cycles/{y}", year).with(accounts.page(epd)))
        .andExpect(status().isOk());
    mvc.perform(post("/api/recognition/cycles/{y}/open", year).with(accounts.api(epd)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/recognition")).andExpect(status().isOk());
    mvc.perform(get("/recognition/cycles")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/recognition/cycles").with(accounts.page(officer))).andExpect(status().isOk());
    mvc.perform(
            get("/recognition/cycles/{y}", year)
                .with(accounts.page(officer))
                .header("HX-Request", "true"))
        .andExpect(status().isOk());
  }

  @Test
  void thePublicMayNominateOnlyWhileACycleIsOpen() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int year = createCycle(officer, "");
    mvc.perform(
            post("/recognition/{y}/nominate", year)
                .with(csrf())
                .param("nomineeNameEn", "Public Pick Ltd")
                .param("category", "MANUFACTURING_ENTERPRISE"))
        .andExpect(status().isNotFound());
    act(officer, year, "open");
    mvc.perform(get("/recognition/{y}/nominate", year)).andExpect(status().isOk());
    mvc.perform(
            post("/recognition/{y}/nominate", year)
                .with(csrf())
                .param("nomineeNameEn", "Public Pick Ltd")
                .param("category", "MANUFACTURING_ENTERPRISE")
                .param("evidence[0].type", "CP_MEASURES")
                .param("evidence[0].description", "LED lighting"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            SystemActor.call(
                () ->
                    nominations.search(
                        year,
                        new NominationFilter("public pick", null, null),
                        org.springframework.data.domain.Pageable.unpaged())))
        .singleElement()
        .satisfies(n -> assertThat(n.source()).isEqualTo("PUBLIC"));
  }

  private static int year0() {
    return ThreadLocalRandom.current().nextInt(1_000_000);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  static {
    Locale.setDefault(Locale.ENGLISH);
  }
}
