package org.cppp.factory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.FactoryFixtures;
import org.cppp.factory.Sector;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.DateInput;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FactoryApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Factories factories;
  @Autowired AuditTrail audit;
  @Autowired TestClock clock;

  static String json(String br, String city, String sector, boolean hkOwned) {
    return """
        {"brNumber":"%s","nameEn":"Api %s Ltd","nameZh":"測試%s","hkOwned":%s,"city":"%s",
         "sector":"%s","registeredOn":"2011-06-30","address":"%s Industrial Road",
         "contactPerson":"Wong","contactPhone":"2345 6789","contactEmail":"a@example.com"}
        """
        .formatted(
            br,
            FactoryFixtures.uniqueWord(),
            FactoryFixtures.uniqueWord(),
            hkOwned,
            city,
            sector,
            FactoryFixtures.uniqueWord());
  }

  FactoryDetails registered(FactoryDetails details) {
    SystemActor.run(() -> factories.register(details));
    return details;
  }

  long count() {
    return SystemActor.call(() -> factories.figures().registered());
  }

  @Test
  void officerRegistersAFactoryAndGetsItBackWithItsEligibility() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();

    mvc.perform(
            post("/api/factories")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(br, "SHANTOU", "OTHER", false)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.brNumber").value(br))
        .andExpect(jsonPath("$.registeredOn").value("2011-06-30"))
        .andExpect(jsonPath("$.city").value("SHANTOU"))
        .andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.ineligibilityReasons", hasSize(3)))
        .andExpect(
            jsonPath("$.ineligibilityReasons", hasItem("sector OTHER is not a target sector")));

    mvc.perform(get("/api/factories/{br}", br).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hkOwned").value(false));
  }

  @Test
  void officerUpdatesAFactoryAndTheChangeIsAudited() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();
    registered(FactoryFixtures.details(br, "Audit Me Ltd", "SHANTOU", Sector.FURNITURE));

    mvc.perform(
            put("/api/factories/{br}", br)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(br, "DONGGUAN", "FURNITURE", true)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.city").value("DONGGUAN"))
        .andExpect(jsonPath("$.eligible").value(true))
        .andExpect(jsonPath("$.ineligibilityReasons", hasSize(0)));

    assertThat(audit.of("factory", br))
        .extracting(e -> e.action())
        .containsExactly("UPDATED", "CREATED");
    assertThat(audit.of("factory", br).get(0).changes()).containsKey("city");
    assertThat(audit.of("factory", br).get(0).actor()).isEqualTo(officer);
  }

  @Test
  void malformedBrNumberIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    long before = count();

    for (String bad : new String[] {"1234567", "123456789", "1234567A"}) {
      mvc.perform(
              post("/api/factories")
                  .with(accounts.api(officer))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(json(bad, "SHENZHEN", "TEXTILES", true)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("brNumber"));
    }

    assertThat(count()).isEqualTo(before);
  }

  @Test
  void unknownCityIsRefusedNamingTheField() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();
    long before = count();

    mvc.perform(
            post("/api/factories")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(br, "ATLANTIS", "TEXTILES", true)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("city"));

    assertThat(count()).isEqualTo(before);
    assertThat(SystemActor.call(() -> factories.exists(br))).isFalse();
  }

  @Test
  void unknownSectorCodeIsA400NamingTheFieldNotAServerError() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    long before = count();

    mvc.perform(
            post("/api/factories")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(FactoryFixtures.newBr(), "SHENZHEN", "SPACESHIPS", true)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sector"));

    assertThat(count()).isEqualTo(before);
  }

  @Test
  void missingRequiredFieldsAreNamed() throws Exception {
    String officer = accounts.create(Role.OFFICER);

    mvc.perform(
            post("/api/factories")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"brNumber\":\"" + FactoryFixtures.newBr() + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("nameEn")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("hkOwned")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("sector")));
  }

  @Test
  void duplicateBrNumberIsRefusedNamingTheField() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();
    registered(FactoryFixtures.eligible(br));
    long before = count();

    mvc.perform(
            post("/api/factories")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(br, "SHENZHEN", "TEXTILES", true)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("brNumber"));

    assertThat(count()).isEqualTo(before);
  }

  @Test
  void brNumberCannotBeChanged() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();
    registered(FactoryFixtures.eligible(br));

    mvc.perform(
            put("/api/factories/{br}", br)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(FactoryFixtures.newBr(), "SHENZHEN", "TEXTILES", true)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("brNumber"));
  }

  @Test
  void updateWithAStaleVersionIsAConflict() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();
    registered(FactoryFixtures.eligible(br));
    long version = SystemActor.call(() -> factories.get(br).version());
    String first =
        json(br, "FOSHAN", "TEXTILES", true).replace("}", ",\"version\":" + version + "}");
    String second =
        json(br, "HUIZHOU", "TEXTILES", true).replace("}", ",\"version\":" + version + "}");

    mvc.perform(
            put("/api/factories/{br}", br)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(first))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/factories/{br}", br)
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(second))
        .andExpect(status().isConflict());

    assertThat(SystemActor.call(() -> factories.get(br).city())).isEqualTo("FOSHAN");
  }

  @Test
  void applicantSeesOnlyTheirOwnFactory() throws Exception {
    String mine = FactoryFixtures.newBr();
    String other = FactoryFixtures.newBr();
    registered(FactoryFixtures.eligible(mine));
    registered(FactoryFixtures.eligible(other));
    String applicant = accounts.applicantOf(mine);

    mvc.perform(get("/api/factories/{br}", mine).with(accounts.api(applicant)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/factories/{br}", other).with(accounts.api(applicant)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/factories").with(accounts.api(applicant)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content", hasSize(1)))
        .andExpect(jsonPath("$.content[0].brNumber").value(mine))
        .andExpect(jsonPath("$.page.totalElements").value(1));
    mvc.perform(
            put("/api/factories/{br}", other)
                .with(accounts.api(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(other, "SHENZHEN", "TEXTILES", true)))
        .andExpect(status().isNotFound());
  }

  @Test
  void applicantUpdatesOwnContactButNotTheClassification() throws Exception {
    String br = FactoryFixtures.newBr();
    FactoryDetails d = registered(FactoryFixtures.eligible(br));
    String applicant = accounts.applicantOf(br);
    String body =
        """
        {"nameEn":"%s","hkOwned":true,"city":"SHENZHEN","sector":"TEXTILES",
         "registeredOn":"2010-05-01","address":"%s","contactPerson":"Lee Siu Ming"}
        """
            .formatted(d.nameEn(), d.address());

    mvc.perform(
            put("/api/factories/{br}", br)
                .with(accounts.api(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contactPerson").value("Lee Siu Ming"));
    mvc.perform(
            put("/api/factories/{br}", br)
                .with(accounts.api(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("SHENZHEN", "SHANTOU")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("city"));
  }

  @Test
  void applicantCannotRegisterFactories() throws Exception {
    String br = FactoryFixtures.newBr();
    registered(FactoryFixtures.eligible(br));
    String applicant = accounts.applicantOf(br);

    mvc.perform(
            post("/api/factories")
                .with(accounts.api(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(FactoryFixtures.newBr(), "SHENZHEN", "TEXTILES", true)))
        .andExpect(status().isForbidden());
  }

  @Test
  void providerHasNoAccessToTheRegister() throws Exception {
    // A provider's account needs a registered provider; the role is what matters here.
    mvc.perform(get("/api/factories").with(user("provider").roles("PROVIDER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/factories/12345678").with(user("provider").roles("PROVIDER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void readOnlyStaffReadButDoNotWrite() throws Exception {
    String br = FactoryFixtures.newBr();
    registered(FactoryFixtures.eligible(br));
    for (Role role : new Role[] {Role.QA, Role.EPD, Role.COMMITTEE}) {
      String user = accounts.create(role);
      mvc.perform(get("/api/factories/{br}", br).with(accounts.api(user)))
          .andExpect(status().isOk());
      mvc.perform(
              put("/api/factories/{br}", br)
                  .with(accounts.api(user))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(json(br, "SHENZHEN", "TEXTILES", true)))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void listFiltersBySectorCityEligibilityAndText() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String word = FactoryFixtures.uniqueWord();
    String eligibleBr = FactoryFixtures.newBr();
    String ineligibleBr = FactoryFixtures.newBr();
    registered(
        FactoryFixtures.details(
            eligibleBr, word + " Paper", "ZHUHAI", Sector.PAPER_AND_PAPER_PRODUCTS));
    registered(FactoryFixtures.details(ineligibleBr, word + " Toys", "ZHANJIANG", Sector.OTHER));

    mvc.perform(get("/api/factories?q={q}&eligible=true", word).with(accounts.api(officer)))
        .andExpect(jsonPath("$.content", hasSize(1)))
        .andExpect(jsonPath("$.content[0].brNumber").value(eligibleBr));
    mvc.perform(get("/api/factories?q={q}&eligible=false", word).with(accounts.api(officer)))
        .andExpect(jsonPath("$.content", hasSize(1)))
        .andExpect(jsonPath("$.content[0].brNumber").value(ineligibleBr));
    mvc.perform(
            get("/api/factories?q={q}&sector=OTHER&city=ZHANJIANG", word)
                .with(accounts.api(officer)))
        .andExpect(jsonPath("$.content", hasSize(1)));
    mvc.perform(get("/api/factories?q={q}", eligibleBr).with(accounts.api(officer)))
        .andExpect(jsonPath("$.content[0].brNumber").value(eligibleBr));
  }

  @Test
  void applicantAccountsBindOnlyToRegisteredFactories() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String br = FactoryFixtures.newBr();
    registered(FactoryFixtures.eligible(br));
    String user =
        """
        {"username":"%s","password":"long-enough-password","roles":["APPLICANT"],"factory":"%s"}
        """;

    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(user.formatted("ap" + FactoryFixtures.uniqueWord(), br)))
        .andExpect(status().isCreated());
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    user.formatted("ap" + FactoryFixtures.uniqueWord(), FactoryFixtures.newBr())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("factory"));
  }

  @Test
  void officerAddsALaterRuleSetThatMakesACityEligibleFromItsDate() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();
    registered(
        FactoryFixtures.details(
            br, "Shantou " + FactoryFixtures.uniqueWord(), "SHANTOU", Sector.TEXTILES));
    LocalDate from =
        DateInput.on(clock).last().minusMonths(2).minusDays((int) (Math.random() * 60));
    String body =
        """
        {"name":"Phase %s","effectiveFrom":"%s","cities":["SHENZHEN","SHANTOU"],"sectors":["TEXTILES"]}
        """
            .formatted(from, from);

    mvc.perform(
            post("/api/factories/eligibility-rules")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());

    assertThat(SystemActor.call(() -> factories.eligibility(br, from.minusDays(1)).eligible()))
        .isFalse();
    assertThat(SystemActor.call(() -> factories.eligibility(br, from).eligible())).isTrue();
    assertThat(audit.of("eligibility-rules", from.toString())).hasSize(1);
    mvc.perform(
            post("/api/factories/eligibility-rules")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
  }
}
