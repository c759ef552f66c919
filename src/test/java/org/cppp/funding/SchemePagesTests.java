package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The scheme catalogue's page: the schemes with their names in the reader's language, initiative,
 * applicants and who decides; officers define a scheme through its form (all or nothing, a refusal
 * naming the field in the reader's language), anyone else is refused; the phase page says a scheme
 * without a ceiling is capped by its share alone. Its own database (it defines schemes and a
 * phase).
 */
@IntegrationTest
@DirtiesContext
@TestPropertySource(properties = "cppp.test.database=scheme-pages")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchemePagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired FundingRules rules;

  @Test
  @Order(1)
  void theCatalogueShowsEachSchemeInTheReadersLanguage() throws Exception {
    mvc.perform(
            get("/funding/schemes")
                .with(accounts.page(accounts.create(Role.OFFICER)))
                .cookie(new Cookie("cppp-lang", "zh-HK")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("示範項目(一)：推廣有效技術"),
                        containsString("實地評估"),
                        containsString("香港工場式企業"),
                        containsString("可授權決定"),
                        containsString("設立計劃"))));
    mvc.perform(get("/funding/schemes").with(accounts.page(accounts.create(Role.EPD))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Define scheme"))));
  }

  @Test
  @Order(2)
  void anOfficerDefinesASchemeThroughTheForm() throws Exception {
    mvc.perform(
            form("DEMONSTRATION_PROJECT_II", "示範項目(二)：研發及創新")
                .with(accounts.page(accounts.create(Role.OFFICER))))
        .andExpect(redirectedUrl("/funding/schemes"));
    SchemeDefinition defined = rules.scheme("DEMONSTRATION_PROJECT_II");
    assertThat(defined.needsCommittee()).isTrue();
    assertThat(defined.names()).containsEntry("zh-HK", "示範項目(二)：研發及創新");
    assertThat(defined.applicants())
        .containsExactlyInAnyOrder(
            org.cppp.shared.ApplicantKind.HK_BUSINESS, org.cppp.shared.ApplicantKind.HK_WORKSHOP);
    assertThat(defined.documents()).containsExactly("QUOTATION", "TECHNICAL_PROPOSAL");
    assertThat(defined.technologies()).containsExactly("VOC_REDUCTION");
  }

  @Test
  @Order(3)
  void aRefusedFieldIsNamedInTheReadersLanguageAndNothingIsSaved() throws Exception {
    mvc.perform(
            form("DP_NO_NAME", "")
                .with(accounts.page(accounts.create(Role.OFFICER)))
                .cookie(new Cookie("cppp-lang", "zh-HK")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("繁體中文名稱")))
        .andExpect(content().string(containsString("is-invalid")));
    mvc.perform(
            form("DP_BAD_DOC", "名稱")
                .param("documents", "QUOTATION, not a code")
                .with(accounts.page(accounts.create(Role.OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Required documents")));
    assertThat(rules.schemes())
        .extracting(s -> s.code().code())
        .doesNotContain("DP_NO_NAME", "DP_BAD_DOC");
  }

  @Test
  @Order(4)
  void onlyOfficersAndAdminsDefineSchemes() throws Exception {
    for (Role role : new Role[] {Role.COMMITTEE, Role.EPD, Role.QA}) {
      mvc.perform(form("DP_" + role.name(), "名稱").with(accounts.page(accounts.create(role))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/api/funding/schemes")
                .with(accounts.api(accounts.create(Role.COMMITTEE)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(SchemeCatalogueTests.ORGANISATION_SUPPORT))
        .andExpect(status().isForbidden());
    assertThat(rules.schemes())
        .extracting(s -> s.code().code())
        .doesNotContain("DP_COMMITTEE", "DP_EPD", "DP_QA", "ORGANISATION_SUPPORT");
  }

  @Test
  @Order(5)
  void aSchemeWithoutACeilingShowsItsShareAlone() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/funding/schemes")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(SchemeCatalogueTests.ORGANISATION_SUPPORT))
        .andExpect(status().isCreated());
    mvc.perform(
            post("/api/funding/phases")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(SchemeCatalogueTests.PHASE_2020))
        .andExpect(status().isCreated());
    mvc.perform(
            get("/funding/phases")
                .with(accounts.page(officer))
                .cookie(new Cookie("cppp-lang", "zh-CN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("只按比例，没有上限")))
        .andExpect(content().string(containsString("650,000.00")));
    assertThat(SystemActor.call(() -> rules.phases())).hasSize(2);
  }

  private static MockHttpServletRequestBuilder form(String code, String nameZhHk) {
    return post("/funding/schemes")
        .with(csrf())
        .param("code", code)
        .param("initiative", "DEMONSTRATION")
        .param("nameEn", "Demonstration project (ii): research and innovation")
        .param("nameZhHk", nameZhHk)
        .param("nameZhCn", "示范项目(二)：研发及创新")
        .param("applicants", "HK_BUSINESS", "HK_WORKSHOP")
        .param("needsCommittee", "true")
        .param("documents", "QUOTATION, TECHNICAL_PROPOSAL")
        .param("technologies", "VOC_REDUCTION");
  }
}
