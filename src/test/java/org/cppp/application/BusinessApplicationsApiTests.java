package org.cppp.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.cppp.factory.FactoryFixtures;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A user bound to a Hong Kong business sees and drafts the applications of every factory linked to
 * it, through every read path; a user of another business sees none of them, and a plain factory
 * user only their factory's. Unlinking a factory takes its applications out of the business's view.
 */
@IntegrationTest
class BusinessApplicationsApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;

  /** Business B with factories F1 and F2; business C with F3; a user of each, and of F1 only. */
  record Programme(
      String officer,
      String business,
      String first,
      String second,
      String third,
      String ofBusiness,
      String ofOther,
      String ofFirst) {}

  Programme programme() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String business = business(officer);
    String other = business(officer);
    String first = fixtures.eligibleFactory();
    String second = fixtures.eligibleFactory();
    String third = fixtures.eligibleFactory();
    link(officer, business, first);
    link(officer, business, second);
    link(officer, other, third);
    return new Programme(
        officer,
        business,
        first,
        second,
        third,
        accounts.applicantOf(business),
        accounts.applicantOf(other),
        accounts.applicantOf(first));
  }

  String business(String officer) throws Exception {
    String br = FactoryFixtures.newBr();
    mvc.perform(
            post("/api/businesses")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"brNumber":"%s","nameEn":"Holding %s Ltd","kind":"HK_BUSINESS"}
                    """
                        .formatted(br, br)))
        .andExpect(status().isCreated());
    return br;
  }

  void link(String officer, String business, String factory) throws Exception {
    mvc.perform(
            put("/api/businesses/{br}/factories/{f}", business, factory)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"WFOE\"}"))
        .andExpect(status().isOk());
  }

  ResultActions create(String user, String factory) throws Exception {
    return mvc.perform(
        post("/api/applications")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"factoryBr":"%s","scheme":"ON_SITE_ASSESSMENT","providerCode":"%s",
                 "title":"Boiler %s","costItems":[{"description":"Assessment","amountHkd":"40000"}],
                 "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
                """
                    .formatted(factory, fixtures.registeredProvider(), factory)));
  }

  String draft(String user, String factory) throws Exception {
    String json =
        create(user, factory)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(json, "$.reference");
  }

  long upload(String user, String reference) throws Exception {
    String json =
        mvc.perform(
                multipart("/api/applications/{r}/documents", reference)
                    .file(
                        new MockMultipartFile(
                            "file", "quotation.pdf", "application/pdf", ApplicationApiTests.PDF))
                    .param("kind", "QUOTATION")
                    .with(accounts.api(user)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  ResultActions list(String user, String factory) throws Exception {
    return mvc.perform(get("/api/applications").param("text", factory).with(accounts.api(user)));
  }

  @Test
  void aBusinesssUserDraftsForAndSeesEveryLinkedFactorysApplicationsInListDetailFeedAndDocuments()
      throws Exception {
    Programme p = programme();
    String ofFirst = draft(p.ofBusiness(), p.first());
    String ofSecond = draft(p.ofBusiness(), p.second());
    long document = upload(p.ofBusiness(), ofSecond);
    mvc.perform(post("/api/applications/{r}/submit", ofSecond).with(accounts.api(p.ofBusiness())))
        .andExpect(status().isOk());

    mvc.perform(get("/api/applications").param("size", "500").with(accounts.api(p.ofBusiness())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].reference", hasItems(ofFirst, ofSecond)));
    list(p.ofBusiness(), p.second())
        .andExpect(jsonPath("$.content[*].reference", hasItem(ofSecond)));
    for (String reference : new String[] {ofFirst, ofSecond}) {
      mvc.perform(get("/api/applications/{r}", reference).with(accounts.api(p.ofBusiness())))
          .andExpect(status().isOk());
      mvc.perform(
              get("/api/applications/{r}/timeline", reference).with(accounts.api(p.ofBusiness())))
          .andExpect(status().isOk());
    }
    mvc.perform(get("/api/applications/feed").with(accounts.api(p.ofBusiness())))
        .andExpect(jsonPath("$[*].applicationRef", hasItem(ofSecond)));
    mvc.perform(
            get("/api/applications/{r}/documents/{id}", ofSecond, document)
                .with(accounts.api(p.ofBusiness())))
        .andExpect(status().isOk());
    mvc.perform(get("/api/applications/{r}/payments", ofSecond).with(accounts.api(p.ofBusiness())))
        .andExpect(status().isOk());
  }

  @Test
  void anotherBusinesssUserSeesNoneOfThemAndMayNotDraftForThem() throws Exception {
    Programme p = programme();
    String ofFirst = draft(p.officer(), p.first());
    String ofSecond = draft(p.officer(), p.second());
    long document = upload(p.officer(), ofSecond);
    mvc.perform(post("/api/applications/{r}/submit", ofSecond).with(accounts.api(p.officer())))
        .andExpect(status().isOk());

    for (String reference : new String[] {ofFirst, ofSecond}) {
      mvc.perform(get("/api/applications/{r}", reference).with(accounts.api(p.ofOther())))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/applications").param("size", "500").with(accounts.api(p.ofOther())))
        .andExpect(jsonPath("$.content[*].reference", not(hasItem(ofFirst))))
        .andExpect(jsonPath("$.content[*].reference", not(hasItem(ofSecond))));
    mvc.perform(get("/api/applications/feed").with(accounts.api(p.ofOther())))
        .andExpect(jsonPath("$[*].applicationRef", not(hasItem(ofSecond))));
    mvc.perform(
            get("/api/applications/{r}/documents/{id}", ofSecond, document)
                .with(accounts.api(p.ofOther())))
        .andExpect(status().isNotFound());
    create(p.ofOther(), p.first()).andExpect(status().isNotFound());
    create(p.ofBusiness(), p.third()).andExpect(status().isNotFound());
  }

  @Test
  void aPlainFactorysUserStillSeesOnlyTheirFactorysApplications() throws Exception {
    Programme p = programme();
    String ofFirst = draft(p.officer(), p.first());
    String ofSecond = draft(p.officer(), p.second());

    mvc.perform(get("/api/applications/{r}", ofFirst).with(accounts.api(p.ofFirst())))
        .andExpect(status().isOk());
    mvc.perform(get("/api/applications/{r}", ofSecond).with(accounts.api(p.ofFirst())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/applications").param("size", "500").with(accounts.api(p.ofFirst())))
        .andExpect(jsonPath("$.content[*].reference", hasItem(ofFirst)))
        .andExpect(jsonPath("$.content[*].reference", not(hasItem(ofSecond))));
    create(p.ofFirst(), p.second()).andExpect(status().isNotFound());
  }

  @Test
  void afterAnOfficerUnlinksAFactoryTheBusinesssUsersNoLongerSeeItsApplications() throws Exception {
    Programme p = programme();
    String ofFirst = draft(p.ofBusiness(), p.first());
    String ofSecond = draft(p.ofBusiness(), p.second());

    mvc.perform(
            delete("/api/factories/{br}/link", p.second())
                .with(accounts.api(p.officer()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"The processing agreement ended\"}"))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/applications/{r}", ofSecond).with(accounts.api(p.ofBusiness())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/applications/{r}", ofFirst).with(accounts.api(p.ofBusiness())))
        .andExpect(status().isOk());
    mvc.perform(get("/api/applications").param("size", "500").with(accounts.api(p.ofBusiness())))
        .andExpect(jsonPath("$.content[*].reference", not(hasItem(ofSecond))));
  }

  @Test
  void theNewDraftPageLetsABusinesssUserChooseAmongItsFactoriesOnly() throws Exception {
    Programme p = programme();

    mvc.perform(get("/applications/new").with(accounts.page(p.ofBusiness())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<select")))
        .andExpect(content().string(containsString("value=\"" + p.first() + "\"")))
        .andExpect(content().string(containsString("value=\"" + p.second() + "\"")))
        .andExpect(content().string(not(containsString(p.third()))));
    mvc.perform(get("/applications/new").with(accounts.page(p.ofFirst())))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<select"))))
        .andExpect(content().string(containsString("value=\"" + p.first() + "\"")));
  }
}
