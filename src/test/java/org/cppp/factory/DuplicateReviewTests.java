package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class DuplicateReviewTests {

  static final byte[] PDF = "%PDF-1.4\n% quotation\n".getBytes();

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired Factories factories;
  @Autowired Users users;
  @Autowired AuditTrail audit;

  /** Two factories registered with one name (in two legal forms), flagged as alike. */
  String[] pair() {
    String word = "Zq" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    String one = register(word + " Metal Works Ltd");
    String two = register(word + " Metal Works Limited");
    assertThat(SystemActor.call(() -> factories.possibleDuplicates(one)))
        .extracting(d -> d.other().brNumber())
        .containsExactly(two);
    return new String[] {one, two};
  }

  String register(String name) {
    String br = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    SystemActor.run(() -> factories.register(details(br, name)));
    return br;
  }

  static FactoryDetails details(String br, String name) {
    return new FactoryDetails(
        br,
        name,
        "",
        true,
        "DONGGUAN",
        Sector.METAL_AND_METAL_PRODUCTS,
        LocalDate.of(2009, 1, 1),
        "8 Harbour Road " + br,
        "Ms Test",
        "+852 2000 0000",
        "f-" + br + "@example.com",
        null);
  }

  ResultActions post(String user, String path, String json) throws Exception {
    return mvc.perform(
        MockMvcPost.of("/api/factories/duplicates/" + path)
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  /** A draft on-site assessment of the factory by its applicant; its reference. */
  String draft(String applicant, String br) throws Exception {
    String body =
        """
        {"factoryBr":"%s","scheme":"ON_SITE_ASSESSMENT","providerCode":"%s","title":"Audit",
         "costItems":[{"description":"Assessment","amountHkd":"30000"}],
         "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
        """
            .formatted(br, fixtures.registeredProvider());
    return JsonPath.read(
        mvc.perform(
                MockMvcPost.of("/api/applications")
                    .with(accounts.api(applicant))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.reference");
  }

  @Test
  void aDismissedPairIsNoLongerFlaggedEvenAfterAnEditAndIsAudited() throws Exception {
    String[] pair = pair();
    String officer = accounts.create(Role.OFFICER);
    post(accounts.applicantOf(pair[0]), "dismissals", dismissal(pair, "Sister plants"))
        .andExpect(status().isForbidden());
    post(officer, "dismissals", dismissal(pair, " ")).andExpect(status().isBadRequest());
    post(officer, "dismissals", dismissal(pair, "Sister plants, separate BR"))
        .andExpect(status().isNoContent());
    SystemActor.run(
        () -> factories.update(pair[1], details(pair[1], nameOf(pair[0]).replace("Ltd", "Co"))));
    assertThat(SystemActor.call(() -> factories.possibleDuplicates(pair[0]))).isEmpty();
    assertThat(SystemActor.call(() -> audit.of("factory", pair[0])))
        .anySatisfy(e -> assertThat(e.toString()).contains("DUPLICATE_DISMISSED"));
    post(officer, "dismissals", dismissal(pair, "Again")).andExpect(status().isBadRequest());
  }

  String nameOf(String br) {
    return SystemActor.call(() -> factories.get(br)).nameEn();
  }

  static String dismissal(String[] pair, String reason) {
    return """
        {"brNumber":"%s","otherBr":"%s","reason":"%s"}"""
        .formatted(pair[0], pair[1], reason);
  }

  static String merge(String merged, String survivor) {
    return """
        {"mergedBr":"%s","survivorBr":"%s","reason":"Same factory, registered twice"}"""
        .formatted(merged, survivor);
  }

  @Test
  void aMergeMovesApplicationsAndAccountsToTheSurvivorInOneStepAndRetiresTheOther()
      throws Exception {
    String[] pair = pair();
    String merged = pair[0];
    String survivor = pair[1];
    String oldApplicant = accounts.applicantOf(merged);
    String survivorApplicant = accounts.applicantOf(survivor);
    String stranger = accounts.applicantOf(fixtures.eligibleFactory());
    String ref = draft(oldApplicant, merged);
    String officer = accounts.create(Role.OFFICER);
    post(survivorApplicant, "merges", merge(merged, survivor)).andExpect(status().isForbidden());
    post(officer, "merges", merge(merged, survivor))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.accounts[0]").value(oldApplicant))
        .andExpect(jsonPath("$.records").value(1));
    mvc.perform(get("/api/applications/" + ref).with(accounts.api(survivorApplicant)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.factoryBr").value(survivor));
    mvc.perform(get("/api/applications/" + ref).with(accounts.api(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/applications").with(accounts.api(stranger)))
        .andExpect(
            jsonPath("$.content[*].reference")
                .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(ref))));
    assertThat(SystemActor.call(() -> users.get(oldApplicant)).factory()).isEqualTo(survivor);
    assertThat(SystemActor.call(() -> factories.possibleDuplicates(survivor))).isEmpty();
    assertThat(SystemActor.call(() -> audit.of("factory", merged)))
        .anySatisfy(e -> assertThat(e.toString()).contains("MERGED"));
    assertThat(SystemActor.call(() -> audit.of("application", ref)))
        .anySatisfy(e -> assertThat(e.toString()).contains("FACTORY_MERGED"));
    post(officer, "merges", merge(merged, survivor)).andExpect(status().isConflict());
  }

  @Test
  void aMergedFactoryIsOfferedForNoNewWorkButStaysReadableByItsOwnLink() throws Exception {
    String[] pair = pair();
    String merged = pair[0];
    String survivor = pair[1];
    String word = nameOf(merged).split(" ")[0];
    String officer = accounts.create(Role.OFFICER);
    post(officer, "merges", merge(merged, survivor)).andExpect(status().isCreated());

    mvc.perform(get("/api/factories").param("q", word).with(accounts.api(officer)))
        .andExpect(
            jsonPath("$.content[*].brNumber").value(org.hamcrest.Matchers.contains(survivor)));
    assertThat(
            mvc.perform(get("/factories").param("q", word).with(accounts.page(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(survivor)
        .doesNotContain(merged);

    mvc.perform(get("/api/factories/" + merged).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.ineligibilityReasons[0]").value("merged into factory " + survivor));
    assertThat(
            mvc.perform(get("/factories/" + merged).with(accounts.page(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("merged into factory " + survivor);

    mvc.perform(
            MockMvcPost.of("/api/applications")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"factoryBr\":\"" + merged + "\",\"scheme\":\"ON_SITE_ASSESSMENT\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("factoryBr"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Factory "
                        + merged
                        + " has been merged into factory "
                        + survivor
                        + ": start the application for factory "
                        + survivor
                        + "."));
  }

  @Test
  void aMergeIsRefusedAndNothingMovesWhileAnApplicationIsBeforeTheCommittee() throws Exception {
    String[] pair = pair();
    String applicant = accounts.applicantOf(pair[0]);
    String officer = accounts.create(Role.OFFICER);
    String ref = draft(applicant, pair[0]);
    mvc.perform(
            multipart("/api/applications/" + ref + "/documents")
                .file(new MockMultipartFile("file", "q.pdf", "application/pdf", PDF))
                .param("kind", "QUOTATION")
                .with(accounts.api(applicant)))
        .andExpect(status().isCreated());
    act(applicant, ref, "submit");
    act(officer, ref, "screen");
    act(officer, ref, "ready");
    post(officer, "merges", merge(pair[0], pair[1]))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("mergedBr"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(ref)));
    assertThat(SystemActor.call(() -> users.get(applicant)).factory()).isEqualTo(pair[0]);
    mvc.perform(get("/api/applications/" + ref).with(accounts.api(applicant)))
        .andExpect(jsonPath("$.factoryBr").value(pair[0]));
    assertThat(SystemActor.call(() -> factories.possibleDuplicates(pair[0]))).hasSize(1);
  }

  @Test
  void theDuplicatesPageDismissesAPairByItsForm() throws Exception {
    String[] pair = pair();
    String officer = accounts.create(Role.OFFICER);
    String page =
        mvc.perform(get("/factories/duplicates?page=0").with(accounts.page(officer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("/factories/duplicates/review");
    mvc.perform(
            MockMvcPost.of("/factories/duplicates/review")
                .param("brNumber", pair[0])
                .param("otherBr", pair[1])
                .param("reason", "Different owners")
                .param("decision", "dismiss")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/factories/duplicates"));
    assertThat(SystemActor.call(() -> factories.possibleDuplicates(pair[0]))).isEmpty();
  }

  void act(String user, String ref, String action) throws Exception {
    mvc.perform(
            MockMvcPost.of("/api/applications/" + ref + "/" + action)
                .with(accounts.api(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isOk());
  }

  /** {@code post} is taken by the helper above. */
  static final class MockMvcPost {
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder of(
        String path) {
      return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
    }
  }
}
