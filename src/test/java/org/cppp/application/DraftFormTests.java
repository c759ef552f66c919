package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.PageDrafts;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The draft form: autosave keeps every valid field when another is incomplete, and every error
 * names its field as the label shows it, in each language, next to the input and in the summary
 * (whose links point at inputs that exist).
 */
@IntegrationTest
class DraftFormTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired FundingApplications applications;

  String applicant;
  String ref;

  @BeforeEach
  void startDraft() throws Exception {
    String br = fixtures.eligibleFactory();
    applicant = accounts.applicantOf(br);
    ref = PageDrafts.start(mvc, accounts, applicant, br, "DEMONSTRATION_PROJECT");
  }

  MockHttpServletRequestBuilder autosave() {
    return post("/applications/" + ref + "/autosave")
        .with(accounts.page(applicant))
        .with(csrf())
        .header("HX-Request", "true");
  }

  String body(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void autosaveKeepsEveryValidFieldWhenACostLineIsIncompleteAndSaysWhichNextToIt()
      throws Exception {
    String response =
        body(
            autosave()
                .param("title", "Heat pump")
                .param("description", "Replace the boiler")
                .param("costItems[0].description", "Heat pump")
                .param("costItems[0].amountHkd", "90000")
                .param("costItems[2].description", "Installation"));

    ApplicationView saved = SystemActor.call(() -> applications.get(ref));
    assertThat(saved.title()).isEqualTo("Heat pump");
    assertThat(saved.description()).isEqualTo("Replace the boiler");
    assertThat(saved.costItems()).extracting(CostItem::amountHkd).containsExactly(amount("90000"));
    assertThat(response)
        .contains("data-unsaved=\"true\"")
        .containsPattern(
            "id=\"costItems2-amountHkd-error\"[^>]*hx-swap-oob=\"true\"[^>]*>Amount of cost item 3"
                + " \\(HK\\$\\): must be given<")
        .contains("href=\"#costItems2.amountHkd\"")
        .doesNotContain("costItems[2]");

    String complete =
        body(
            autosave()
                .param("title", "Heat pump")
                .param("costItems[0].description", "Heat pump")
                .param("costItems[0].amountHkd", "90000")
                .param("costItems[2].description", "Installation")
                .param("costItems[2].amountHkd", "10000"));
    assertThat(complete).contains("data-unsaved=\"false\"");
    assertThat(SystemActor.call(() -> applications.get(ref).totalCostHkd()))
        .isEqualByComparingTo("100000");
  }

  @Test
  void anEmptiedTitleAndAnUnknownProviderAreFlaggedByNameAndTheRestIsSaved() throws Exception {
    body(autosave().param("title", "Heat pump"));
    String response =
        body(
            autosave()
                .param("title", "")
                .param("providerCode", "NO-SUCH")
                .param("expectedBenefits", "Less fuel"));

    ApplicationView saved = SystemActor.call(() -> applications.get(ref));
    assertThat(saved.title()).isEqualTo("Heat pump");
    assertThat(saved.providerCode()).isNull();
    assertThat(saved.expectedBenefits()).isEqualTo("Less fuel");
    assertThat(response)
        .contains("Project title: cannot be left empty")
        .contains("ET service provider (code): NO-SUCH is not a registered ET service provider.")
        .contains("href=\"#title\"")
        .contains("href=\"#providerCode\"");
  }

  @Test
  void everyErrorNamesItsLabelInEachLanguageAndTheSummaryLinksToRealInputs() throws Exception {
    body(autosave().param("title", "Heat pump"));
    for (String[] language :
        List.of(
            new String[] {"en", "Project title: ", "Amount of cost item 2 (HK$): "},
            new String[] {"zh-HK", "項目名稱：", "費用項目 2 的金額（港元）："},
            new String[] {"zh-CN", "项目名称：", "费用项目 2 的金额（港元）："})) {
      String page =
          body(
              post("/applications/" + ref + "/edit")
                  .with(accounts.page(applicant))
                  .with(csrf())
                  .param("lang", language[0])
                  .param("title", "")
                  .param("costItems[1].description", "Installation")
                  .param("costItems[1].amountHkd", "abc"));
      assertThat(page).contains(language[1]).contains(language[2]);
      List<String> anchors = summaryAnchors(page);
      assertThat(anchors).contains("title", "costItems1.amountHkd");
      anchors.forEach(id -> assertThat(page).contains("id=\"" + id + "\""));
    }
  }

  @Test
  void theDraftPageWarnsBeforeLeavingWithUnsavedChanges() throws Exception {
    assertThat(body(get("/applications/" + ref + "/edit").with(accounts.page(applicant))))
        .contains("/js/draft.js")
        .contains("data-unsaved=\"false\"");
  }

  private static List<String> summaryAnchors(String page) {
    String summary = page.substring(page.indexOf("id=\"error-summary\""));
    summary = summary.substring(0, summary.indexOf("</div>"));
    List<String> anchors = new ArrayList<>();
    Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(summary);
    while (href.find()) {
      anchors.add(href.group(1));
    }
    return anchors;
  }

  private static BigDecimal amount(String value) {
    return new BigDecimal(value).setScale(2);
  }
}
