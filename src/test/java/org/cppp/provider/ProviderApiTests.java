package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ProviderApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Providers providers;
  @Autowired AuditTrail audit;

  @Test
  void officerRegistersEditsRemovesAndReinstatesAProvider() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code = ProviderFixtures.uniqueCode();

    mvc.perform(
            json(
                    post("/api/providers"),
                    body(code.toLowerCase(), "PRD", "\"GD-2011-001\"", "\"2035-12-31\""))
                .with(accounts.api(officer)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.base").value("PRD"))
        .andExpect(jsonPath("$.specialisms", hasItem("ENERGY_SAVING")))
        .andExpect(jsonPath("$.joinedOn").value("2010-04-01"))
        .andExpect(jsonPath("$.gdeicValidUntil").value("2035-12-31"));

    mvc.perform(
            json(put("/api/providers/" + code), body(null, "HONG_KONG", "null", "null"))
                .with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.base").value("HONG_KONG"));

    mvc.perform(
            json(
                    post("/api/providers/" + code + "/removal"),
                    "{\"on\":\"2011-06-30\",\"reason\":\"Ceased business\"}")
                .with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.removedOn").value("2011-06-30"))
        .andExpect(jsonPath("$.removalReason").value("Ceased business"));

    mvc.perform(
            json(
                    post("/api/providers/" + code + "/removal"),
                    "{\"on\":\"2011-07-30\",\"reason\":\"again\"}")
                .with(accounts.api(officer)))
        .andExpect(status().isBadRequest());

    mvc.perform(
            json(
                    post("/api/providers/" + code + "/reinstatement"),
                    "{\"on\":\"2011-09-01\",\"reason\":\"Resumed\"}")
                .with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.removedOn").isEmpty());

    mvc.perform(get("/api/providers/" + code + "/history").with(accounts.api(officer)))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].action").value("REMOVED"))
        .andExpect(jsonPath("$[1].action").value("REINSTATED"));

    assertThat(audit.of("provider", code))
        .extracting(AuditEntry::action)
        .containsExactly("REINSTATED", "REMOVED", "UPDATED", "CREATED");
    assertThat(audit.of("provider", code).get(0).actor()).isEqualTo(officer);
  }

  @Test
  void listFiltersByBaseSpecialismStatusAndText() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));

    mvc.perform(
            get("/api/providers")
                .param("base", "HONG_KONG")
                .param("specialism", "ENERGY_SAVING")
                .param("status", "REGISTERED")
                .param("q", code.toLowerCase())
                .with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].code").value(code))
        .andExpect(jsonPath("$.page.totalElements").value(1));
    mvc.perform(
            get("/api/providers").param("base", "PRD").param("q", code).with(accounts.api(officer)))
        .andExpect(jsonPath("$.page.totalElements").value(0));
  }

  @Test
  void unknownBaseIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code = ProviderFixtures.uniqueCode();
    mvc.perform(
            json(post("/api/providers"), body(code, "MARS", "null", "null"))
                .with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("base"));
    assertNotSaved(officer, code);
  }

  @Test
  void unknownFilterValueIsABadRequest() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/api/providers").param("base", "MARS").with(accounts.api(officer)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void prdProviderWithoutGdeicRegistrationIsRefusedNamingTheField() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code = ProviderFixtures.uniqueCode();
    mvc.perform(
            json(post("/api/providers"), body(code, "PRD", "\"GD-1\"", "null"))
                .with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("gdeicValidUntil"));
    assertNotSaved(officer, code);
  }

  @Test
  void invalidFieldsAreRefusedNamingThem() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            json(
                    post("/api/providers"),
                    body("x!", "HONG_KONG", "null", "null").replace("\"2010-04-01\"", "null"))
                .with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("joinedOn")));
    mvc.perform(
            json(
                    post("/api/providers"),
                    body(ProviderFixtures.uniqueCode(), "HONG_KONG", "null", "null")
                        .replace("2010-04-01", "2010-13-45"))
                .with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("joinedOn"));
  }

  @Test
  void takenCodeIsRefused() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    mvc.perform(
            json(post("/api/providers"), body(code, "HONG_KONG", "null", "null"))
                .with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  @Test
  void removalWithoutReasonIsRefusedNamingTheField() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    mvc.perform(
            json(post("/api/providers/" + code + "/removal"), "{\"on\":\"2011-06-30\"}")
                .with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(get("/api/providers/" + code).with(accounts.api(officer)))
        .andExpect(jsonPath("$.removedOn").isEmpty());
  }

  @Test
  void qaRecordsAQualityCheckAndItIsListed() throws Exception {
    String qa = accounts.create(Role.QA);
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    mvc.perform(
            json(
                    post("/api/providers/" + code + "/quality-checks"),
                    "{\"checkedOn\":\"2011-11-11\",\"finding\":\"Assessment report complete\",\"rating\":\"GOOD\"}")
                .with(accounts.api(qa)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.officer").value(qa));
    mvc.perform(
            json(
                    post("/api/providers/" + code + "/quality-checks"),
                    "{\"checkedOn\":\"2011-11-11\",\"finding\":\"x\",\"rating\":\"EXCELLENT\"}")
                .with(accounts.api(qa)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("rating"));
    mvc.perform(get("/api/providers/" + code + "/quality-checks").with(accounts.api(qa)))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].rating").value("GOOD"));
    assertThat(audit.of("provider", code)).extracting(AuditEntry::action).contains("QUALITY_CHECK");
  }

  @Test
  void qaCannotChangeRegisterData() throws Exception {
    String qa = accounts.create(Role.QA);
    mvc.perform(
            json(
                    post("/api/providers"),
                    body(ProviderFixtures.uniqueCode(), "HONG_KONG", "null", "null"))
                .with(accounts.api(qa)))
        .andExpect(status().isForbidden());
  }

  @Test
  void providerUserSeesOwnProviderOnlyAndCannotEditIt() throws Exception {
    String own =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    String other =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    String staff = accounts.staffOf(own);

    mvc.perform(get("/api/providers/" + own).with(accounts.api(staff))).andExpect(status().isOk());
    mvc.perform(get("/api/providers/" + other).with(accounts.api(staff)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/providers").with(accounts.api(staff))).andExpect(status().isForbidden());
    mvc.perform(
            json(put("/api/providers/" + own), body(null, "OTHER", "null", "null"))
                .with(accounts.api(staff)))
        .andExpect(status().isForbidden());
  }

  @Test
  void statisticsCountJoinedRemovedAndRegistered() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            get("/api/providers/statistics")
                .param("from", "2011-04-01")
                .param("to", "2012-03-31")
                .param("asAt", "2012-03-31")
                .with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.registeredAtByBase.PRD").isNumber());
  }

  private void assertNotSaved(String officer, String code) throws Exception {
    mvc.perform(get("/api/providers/" + code).with(accounts.api(officer)))
        .andExpect(status().isNotFound());
    assertThat(audit.of("provider", code)).isEmpty();
  }

  private String register(ProviderDetails details) {
    return SystemActor.call(() -> providers.register(details)).code();
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static String body(String code, String base, String gdeicNo, String gdeicValidUntil) {
    return """
        {"code":%s,"name":"Eco Engineering Ltd","nameZh":"環保工程有限公司","base":"%s",
         "specialisms":["ENERGY_SAVING","EFFLUENT_REDUCTION"],"contactPerson":"Ms Wong",
         "contactPhone":"+852 2788 5678","contactEmail":"info@eco.example.com",
         "joinedOn":"2010-04-01","gdeicRegistrationNo":%s,"gdeicValidUntil":%s}
        """
        .formatted(code == null ? "null" : "\"" + code + "\"", base, gdeicNo, gdeicValidUntil);
  }
}
