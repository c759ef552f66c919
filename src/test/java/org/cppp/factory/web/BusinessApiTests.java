package org.cppp.factory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.FactoryFixtures;
import org.cppp.factory.Sector;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class BusinessApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Factories factories;
  @Autowired AuditTrail audit;

  String officer() {
    return accounts.create(Role.OFFICER);
  }

  ResultActions registerBusiness(String user, String body) throws Exception {
    return mvc.perform(
        post("/api/businesses")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  static String business(String br, String kind) {
    return """
        {"brNumber":"%s","nameEn":"Holding %s Ltd","kind":"%s","nonProfit":%s,
         "pollutingProcesses":%s}
        """
        .formatted(
            br,
            FactoryFixtures.uniqueWord(),
            kind,
            kind.equals("TRADE_ASSOCIATION"),
            kind.equals("HK_WORKSHOP") ? "\"Electroplating\"" : "null");
  }

  String newBusiness(String kind) throws Exception {
    String br = FactoryFixtures.newBr();
    registerBusiness(officer(), business(br, kind)).andExpect(status().isCreated());
    return br;
  }

  String factory(String city) {
    String br = FactoryFixtures.newBr();
    FactoryDetails details = FactoryFixtures.details(br, "Plant " + br, city, Sector.TEXTILES);
    SystemActor.run(() -> factories.register(details));
    return br;
  }

  ResultActions link(String user, String business, String factory, String body) throws Exception {
    return mvc.perform(
        put("/api/businesses/{br}/factories/{f}", business, factory)
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void anOfficerRegistersABusinessLinksTwoFactoriesAndEachChangeIsAudited() throws Exception {
    String officer = officer();
    String business = newBusiness("HK_BUSINESS");
    String first = factory("SHENZHEN");
    String second = factory("MEIZHOU");

    link(officer, business, first, "{\"kind\":\"WFOE\",\"evidence\":[\"WFOE licence\"]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("WFOE"))
        .andExpect(jsonPath("$.evidence[0].title").value("WFOE licence"))
        .andExpect(jsonPath("$.evidence[0].checkedBy").doesNotExist());
    link(officer, business, second, "{\"kind\":\"PROCESSING_AGREEMENT\"}")
        .andExpect(status().isOk());

    mvc.perform(get("/api/businesses/{br}", business).with(accounts.api(officer)))
        .andExpect(jsonPath("$.factories").value(2))
        .andExpect(jsonPath("$.kind").value("HK_BUSINESS"));
    assertThat(SystemActor.call(() -> audit.of("factory", first)))
        .extracting(e -> e.action())
        .contains("LINKED");
    assertThat(SystemActor.call(() -> audit.of("business", business)))
        .extracting(e -> e.action())
        .contains("CREATED", "FACTORY_LINKED");
  }

  @Test
  void anOfficerChecksEvidenceOnceAndTheCheckIsAudited() throws Exception {
    String officer = officer();
    String business = newBusiness("HK_BUSINESS");
    String plant = factory("DONGGUAN");
    link(officer, business, plant, "{\"kind\":\"JOINT_VENTURE\",\"evidence\":[\"JV contract\"]}");

    mvc.perform(
            post("/api/factories/{br}/link/evidence/1/checked", plant).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.evidence[0].checkedBy").value(officer))
        .andExpect(jsonPath("$.evidenceChecked").value(true));
    mvc.perform(
            post("/api/factories/{br}/link/evidence/1/checked", plant).with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("number"));
    assertThat(SystemActor.call(() -> audit.of("factory", plant)))
        .extracting(e -> e.action())
        .contains("EVIDENCE_CHECKED");
  }

  @Test
  void aUserBoundToABusinessSeesBothItsFactoriesAndNotAnotherBusinesss() throws Exception {
    String officer = officer();
    String business = newBusiness("HK_BUSINESS");
    String first = factory("SHENZHEN");
    String second = factory("HONG_KONG");
    link(officer, business, first, "{\"kind\":\"WFOE\"}").andExpect(status().isOk());
    link(officer, business, second, "{\"kind\":\"HK_RESIDENT_OWNERSHIP\"}")
        .andExpect(status().isOk());
    String other = newBusiness("HK_BUSINESS");
    String theirs = factory("FOSHAN");
    link(officer, other, theirs, "{\"kind\":\"WFOE\"}").andExpect(status().isOk());
    String user = accounts.applicantOf(business);

    for (String br : new String[] {first, second}) {
      mvc.perform(get("/api/factories/{br}", br).with(accounts.api(user)))
          .andExpect(status().isOk());
    }
    mvc.perform(get("/api/factories/{br}", theirs).with(accounts.api(user)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/factories").with(accounts.api(user)))
        .andExpect(jsonPath("$.content[*].brNumber", containsInAnyOrder(first, second)));
    mvc.perform(get("/api/factories").param("q", theirs).with(accounts.api(user)))
        .andExpect(jsonPath("$.content[*].brNumber", not(hasItem(theirs))));
    mvc.perform(get("/api/businesses/{br}/factories", business).with(accounts.api(user)))
        .andExpect(jsonPath("$.content[*].brNumber", containsInAnyOrder(first, second)));
    mvc.perform(get("/api/businesses/{br}/factories", other).with(accounts.api(user)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/businesses/{br}", other).with(accounts.api(user)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/factories/{br}/link", theirs).with(accounts.api(user)))
        .andExpect(status().isNotFound());
    kind(user, first).andExpect(jsonPath("$.kind").value("HK_BUSINESS"));
    kind(user, business).andExpect(jsonPath("$.kind").value("HK_BUSINESS"));
    mvc.perform(get("/api/applicants/{br}/kind", theirs).with(accounts.api(user)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/applicants/{br}/kind", other).with(accounts.api(user)))
        .andExpect(status().isNotFound());
  }

  ResultActions unlink(String user, String factory, String body) throws Exception {
    return mvc.perform(
        delete("/api/factories/{br}/link", factory)
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void anOfficerUnlinksAFactoryWithAReasonAuditedAndTheBusinesssUserNoLongerSeesIt()
      throws Exception {
    String officer = officer();
    String business = newBusiness("HK_BUSINESS");
    String first = factory("SHENZHEN");
    String second = factory("DONGGUAN");
    link(officer, business, first, "{\"kind\":\"WFOE\"}").andExpect(status().isOk());
    link(officer, business, second, "{\"kind\":\"WFOE\",\"evidence\":[\"Licence\"]}")
        .andExpect(status().isOk());
    String user = accounts.applicantOf(business);

    unlink(officer, second, "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    unlink(user, second, "{\"reason\":\"Mine\"}").andExpect(status().isForbidden());
    unlink(officer, second, "{\"reason\":\"Licence expired\"}").andExpect(status().isNoContent());

    mvc.perform(get("/api/factories/{br}", second).with(accounts.api(user)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/factories/{br}", first).with(accounts.api(user)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/businesses/{br}", business).with(accounts.api(officer)))
        .andExpect(jsonPath("$.factories").value(1));
    mvc.perform(get("/api/factories/{br}/link", second).with(accounts.api(officer)))
        .andExpect(status().isNotFound());
    assertThat(SystemActor.call(() -> audit.of("factory", second)))
        .extracting(e -> e.action())
        .contains("UNLINKED");
    assertThat(SystemActor.call(() -> audit.of("business", business)))
        .extracting(e -> e.action())
        .contains("FACTORY_UNLINKED");
    unlink(officer, second, "{\"reason\":\"Again\"}").andExpect(status().isNotFound());
  }

  @Test
  void anApplicantOrCommitteeMemberMayNotRegisterOrLinkBusinesses() throws Exception {
    String business = newBusiness("HK_BUSINESS");
    String plant = factory("SHENZHEN");
    for (String user :
        new String[] {accounts.applicantOf(plant), accounts.create(Role.COMMITTEE)}) {
      registerBusiness(user, business(FactoryFixtures.newBr(), "HK_BUSINESS"))
          .andExpect(status().isForbidden());
      link(user, business, plant, "{\"kind\":\"WFOE\"}").andExpect(status().isForbidden());
      mvc.perform(
              post("/api/factories/{br}/link/evidence/1/checked", plant).with(accounts.api(user)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/businesses").with(accounts.api(accounts.applicantOf(plant))))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAssociationMustBeNonProfitAndAWorkshopNamesItsPollutingProcessesInTheUsersLanguage()
      throws Exception {
    String officer = officer();
    String association =
        """
        {"brNumber":"%s","nameEn":"Printers Association","kind":"TRADE_ASSOCIATION"}
        """
            .formatted(FactoryFixtures.newBr());
    registerBusiness(officer, association)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("nonProfit"));
    mvc.perform(
            post("/api/businesses")
                .with(accounts.api(officer))
                .cookie(new Cookie("cppp-lang", "zh-HK"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"brNumber":"%s","nameEn":"Plating Workshop","kind":"HK_WORKSHOP"}
                    """
                        .formatted(FactoryFixtures.newBr())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pollutingProcesses"))
        .andExpect(jsonPath("$.errors[0].message").value("請說明工場的污染工序。"));
    registerBusiness(officer, business("1234567", "HK_BUSINESS"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("brNumber"));
    registerBusiness(officer, business(FactoryFixtures.newBr(), "CHARITY"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
  }

  @Test
  void eachKindOfApplicantIsToldByBrNumberAndAnAssociationHasNoFactories() throws Exception {
    String officer = officer();
    String workshop = newBusiness("HK_WORKSHOP");
    String association = newBusiness("TRADE_ASSOCIATION");
    String plant = factory("HONG_KONG");
    link(officer, workshop, plant, "{\"kind\":\"HK_RESIDENT_OWNERSHIP\"}")
        .andExpect(status().isOk());

    kind(officer, workshop).andExpect(jsonPath("$.kind").value("HK_WORKSHOP"));
    kind(officer, plant).andExpect(jsonPath("$.kind").value("HK_WORKSHOP"));
    kind(officer, association).andExpect(jsonPath("$.kind").value("TRADE_ASSOCIATION"));
    link(officer, association, factory("SHENZHEN"), "{\"kind\":\"WFOE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("businessBr"));
    mvc.perform(get("/api/associations").param("size", "500").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].kind", not(hasItem("HK_BUSINESS"))));
  }

  @Test
  void linkingAFactoryNotHongKongOwnedMakesItHongKongOwned() throws Exception {
    String officer = officer();
    String br = FactoryFixtures.newBr();
    FactoryDetails details =
        FactoryFixtures.details(br, "Plant " + br, "SHENZHEN", Sector.TEXTILES);
    FactoryDetails notOwned =
        new FactoryDetails(
            br,
            details.nameEn(),
            null,
            false,
            "SHENZHEN",
            Sector.TEXTILES,
            details.registeredOn(),
            details.address(),
            null,
            null,
            null,
            null);
    SystemActor.run(() -> factories.register(notOwned));
    assertThat(SystemActor.call(() -> factories.get(br)).eligible()).isFalse();

    link(officer, newBusiness("HK_BUSINESS"), br, "{\"kind\":\"JOINT_VENTURE\"}")
        .andExpect(status().isOk());

    assertThat(SystemActor.call(() -> factories.get(br)).hkOwned()).isTrue();
    assertThat(SystemActor.call(() -> factories.get(br)).eligible()).isTrue();
  }

  @Test
  void aHongKongOwnedFactoryIsLinkedToTheBusinessWithItsBrNumberWhenRegistered() throws Exception {
    String officer = officer();
    String plant = factory("ZHONGSHAN");

    mvc.perform(get("/api/factories/{br}/link", plant).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.businessBr").value(plant))
        .andExpect(jsonPath("$.kind").value("HK_RESIDENT_OWNERSHIP"))
        .andExpect(jsonPath("$.evidenceChecked").value(false));
    kind(officer, plant).andExpect(jsonPath("$.kind").value("HK_BUSINESS"));
    mvc.perform(get("/api/businesses/{br}", plant).with(accounts.api(accounts.applicantOf(plant))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.factories").value(1));
  }

  ResultActions kind(String user, String br) throws Exception {
    return mvc.perform(get("/api/applicants/{br}/kind", br).with(accounts.api(user)))
        .andExpect(status().isOk());
  }
}
