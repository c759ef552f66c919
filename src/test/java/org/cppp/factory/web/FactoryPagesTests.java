package org.cppp.factory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.audit.AuditTrail;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.FactoryFixtures;
import org.cppp.factory.FactoryView;
import org.cppp.factory.Sector;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.DateInput;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class FactoryPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Factories factories;
  @Autowired AuditTrail audit;
  @Autowired TestClock clock;

  FactoryView registered(FactoryDetails details) {
    return SystemActor.call(() -> factories.register(details));
  }

  FactoryView read(String br) {
    return SystemActor.call(() -> factories.get(br));
  }

  static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, FactoryDetails d) {
    return request
        .param("brNumber", d.brNumber())
        .param("nameEn", d.nameEn())
        .param("nameZh", d.nameZh() == null ? "" : d.nameZh())
        .param("hkOwned", String.valueOf(d.hkOwned()))
        .param("city", d.city())
        .param("sector", d.sector().name())
        .param("registeredOn", String.valueOf(d.registeredOn()))
        .param("address", d.address())
        .param("contactPerson", d.contactPerson())
        .param("contactPhone", d.contactPhone())
        .param("contactEmail", d.contactEmail());
  }

  static FactoryDetails withSector(FactoryDetails d, Sector sector) {
    return new FactoryDetails(
        d.brNumber(),
        d.nameEn(),
        d.nameZh(),
        d.hkOwned(),
        d.city(),
        sector,
        d.registeredOn(),
        d.address(),
        d.contactPerson(),
        d.contactPhone(),
        d.contactEmail(),
        d.version());
  }

  @Test
  void officerRegistersAFactoryThroughTheFormThenSeesItsPage() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();

    mvc.perform(get("/factories/new").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("hx-post=\"/factories/validate-br\"")));
    mvc.perform(
            form(post("/factories/new"), FactoryFixtures.eligible(br))
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/factories/" + br))
        .andExpect(Shown.success("The factory was registered."));

    mvc.perform(get("/factories/{br}", br).with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(br)))
        .andExpect(content().string(containsString("This factory is eligible")))
        .andExpect(content().string(containsString(">Created<")));
  }

  @Test
  void officerEditsAFactoryThroughTheForm() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    FactoryView factory = registered(FactoryFixtures.eligible(FactoryFixtures.newBr()));
    String br = factory.brNumber();

    mvc.perform(get("/factories/{br}/edit", br).with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"version\"")));
    mvc.perform(
            form(post("/factories/{br}/edit", br), withSector(factory.details(), Sector.OTHER))
                .param("version", String.valueOf(factory.version()))
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/factories/" + br))
        .andExpect(Shown.success("The factory was saved."));

    assertThat(read(br).sector()).isEqualTo(Sector.OTHER);
    mvc.perform(get("/factories/{br}", br).with(accounts.page(officer)))
        .andExpect(content().string(containsString("sector Other is not a target sector")));
  }

  @Test
  void staleVersionOnTheEditFormIsAConflictAndLosesNoUpdate() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    FactoryView factory = registered(FactoryFixtures.eligible(FactoryFixtures.newBr()));
    String br = factory.brNumber();
    SystemActor.run(
        () ->
            factories.update(
                br,
                new FactoryDetails(
                    br,
                    "Changed Meanwhile Ltd",
                    null,
                    true,
                    "SHENZHEN",
                    Sector.TEXTILES,
                    null,
                    factory.address(),
                    null,
                    null,
                    null,
                    null)));

    mvc.perform(
            form(post("/factories/{br}/edit", br), factory.details())
                .param("version", String.valueOf(factory.version()))
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isConflict());

    assertThat(read(br).nameEn()).isEqualTo("Changed Meanwhile Ltd");
  }

  @Test
  void formWithoutCsrfTokenIsRefused() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();

    mvc.perform(
            form(post("/factories/new"), FactoryFixtures.eligible(br)).with(accounts.page(officer)))
        .andExpect(status().isForbidden());

    assertThat(SystemActor.call(() -> factories.exists(br))).isFalse();
  }

  @Test
  void badInputIsShownOnTheFieldAndNothingIsSaved() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    long before = SystemActor.call(() -> factories.figures().registered());

    mvc.perform(
            form(post("/factories/new"), FactoryFixtures.eligible("1234567X"))
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("factoryForm", "brNumber"))
        .andExpect(content().string(containsString("is-invalid")));

    assertThat(SystemActor.call(() -> factories.figures().registered())).isEqualTo(before);
  }

  @Test
  void brNumberIsCheckedInlineAsItIsTyped() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String taken = registered(FactoryFixtures.eligible(FactoryFixtures.newBr())).brNumber();

    mvc.perform(
            post("/factories/validate-br")
                .param("brNumber", "12ab")
                .header("HX-Request", "true")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"br-field\"")))
        .andExpect(content().string(containsString("exactly 8 digits")))
        .andExpect(content().string(not(containsString("<html"))));
    mvc.perform(
            post("/factories/validate-br")
                .param("brNumber", taken)
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(content().string(containsString("already registered")));
    mvc.perform(
            post("/factories/validate-br")
                .param("brNumber", FactoryFixtures.newBr())
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(content().string(containsString("is-valid")));
  }

  @Test
  void listAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String word = FactoryFixtures.uniqueWord();
    String br =
        registered(
                FactoryFixtures.details(
                    FactoryFixtures.newBr(),
                    word + " Foods",
                    "ZHONGSHAN",
                    Sector.FOOD_AND_BEVERAGE))
            .brNumber();

    mvc.perform(get("/factories").param("q", word).with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html")))
        .andExpect(content().string(containsString(br)));
    mvc.perform(
            get("/factories")
                .param("q", word)
                .param("sector", "TEXTILES")
                .header("HX-Request", "true")
                .with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(not(containsString(br))));
  }

  @Test
  void applicantSeesOnlyTheirOwnFactoryAndAnotherIsNotFound() throws Exception {
    String mine = registered(FactoryFixtures.eligible(FactoryFixtures.newBr())).brNumber();
    String other = registered(FactoryFixtures.eligible(FactoryFixtures.newBr())).brNumber();
    String applicant = accounts.applicantOf(mine);

    mvc.perform(get("/factories").with(accounts.page(applicant)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(mine)))
        .andExpect(content().string(not(containsString(other))));
    mvc.perform(get("/factories/{br}", other).with(accounts.page(applicant)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/factories/{br}/edit", other).with(accounts.page(applicant)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/factories/mine").with(accounts.page(applicant)))
        .andExpect(redirectedUrl("/factories/" + mine));
    mvc.perform(get("/factories/{br}", mine).with(accounts.page(applicant)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("audit-heading"))));
  }

  @Test
  void applicantEditsTheirOwnFactoryButNotItsClassification() throws Exception {
    FactoryView factory = registered(FactoryFixtures.eligible(FactoryFixtures.newBr()));
    String br = factory.brNumber();
    String applicant = accounts.applicantOf(br);

    mvc.perform(get("/factories/{br}/edit", br).with(accounts.page(applicant)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("disabled")));
    mvc.perform(
            post("/factories/{br}/edit", br)
                .param("nameEn", factory.nameEn())
                .param("address", factory.address())
                .param("contactPerson", "Ho Ka Yan")
                .param("city", "SHANTOU")
                .param("version", String.valueOf(factory.version()))
                .with(accounts.page(applicant))
                .with(csrf()))
        .andExpect(redirectedUrl("/factories/" + br));

    FactoryView after = read(br);
    assertThat(after.contactPerson()).isEqualTo("Ho Ka Yan");
    assertThat(after.city()).isEqualTo("SHENZHEN");
    assertThat(audit.of("factory", br).get(0).actor()).isEqualTo(applicant);
  }

  @Test
  void applicantCannotOpenTheRegistrationForm() throws Exception {
    String br = registered(FactoryFixtures.eligible(FactoryFixtures.newBr())).brNumber();

    mvc.perform(get("/factories/new").with(accounts.page(accounts.applicantOf(br))))
        .andExpect(status().isForbidden());
  }

  @Test
  void providerHasNoAccessToTheRegisterPages() throws Exception {
    mvc.perform(get("/factories").with(user("provider").roles("PROVIDER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void similarFactoryInTheSameCityIsFlaggedToOfficers() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String word = FactoryFixtures.uniqueWord();
    String first =
        registered(
                FactoryFixtures.details(
                    FactoryFixtures.newBr(),
                    word + " Printing Co., Ltd.",
                    "JIANGMEN",
                    Sector.PRINTING_AND_PUBLISHING))
            .brNumber();
    String second =
        registered(
                FactoryFixtures.details(
                    FactoryFixtures.newBr(),
                    word.toUpperCase() + " PRINTING LIMITED",
                    "JIANGMEN",
                    Sector.PRINTING_AND_PUBLISHING))
            .brNumber();
    String elsewhere =
        registered(
                FactoryFixtures.details(
                    FactoryFixtures.newBr(),
                    word + " Printing Ltd",
                    "ZHAOQING",
                    Sector.PRINTING_AND_PUBLISHING))
            .brNumber();

    assertThat(SystemActor.call(() -> factories.possibleDuplicates(second)))
        .extracting(d -> d.other().brNumber())
        .containsExactly(first);
    mvc.perform(get("/factories/{br}", first).with(accounts.page(officer)))
        .andExpect(content().string(containsString("duplicate-flag")))
        .andExpect(content().string(containsString(second)))
        .andExpect(content().string(not(containsString(elsewhere))));
    mvc.perform(get("/factories/duplicates").with(accounts.page(officer)))
        .andExpect(status().isOk());
    String applicant = accounts.applicantOf(first);
    mvc.perform(get("/factories/{br}", first).with(accounts.page(applicant)))
        .andExpect(content().string(not(containsString("duplicate-flag"))));
  }

  @Test
  void pagesSpeakChinese() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br =
        registered(
                FactoryFixtures.details(
                    FactoryFixtures.newBr(),
                    "Zh " + FactoryFixtures.uniqueWord(),
                    "QINGYUAN",
                    Sector.TEXTILES))
            .brNumber();

    mvc.perform(get("/factories/{br}", br).param("lang", "zh-HK").with(accounts.page(officer)))
        .andExpect(content().string(containsString("城市清遠不在合資格地區內")));
    mvc.perform(get("/factories/{br}", br).param("lang", "zh-CN").with(accounts.page(officer)))
        .andExpect(content().string(containsString("城市清远不在合资格地区内")));
  }

  @Test
  void dashboardShowsFactoryFigures() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = registered(FactoryFixtures.eligible(FactoryFixtures.newBr())).brNumber();

    mvc.perform(get("/dashboard").with(accounts.page(officer)))
        .andExpect(content().string(containsString("Registered factories")))
        .andExpect(content().string(containsString("Possible duplicate factories")));
    mvc.perform(get("/dashboard").with(accounts.page(accounts.applicantOf(br))))
        .andExpect(content().string(containsString("Your factory meets the eligibility criteria")))
        .andExpect(content().string(not(containsString("criteria not met"))))
        .andExpect(content().string(containsString("/factories/mine")));
  }

  @Test
  void officerAddsARuleSetThroughTheForm() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String from =
        DateInput.on(clock).last().minusMonths(5).minusDays((int) (Math.random() * 60)).toString();

    mvc.perform(get("/factories/eligibility-rules").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Launch")));
    mvc.perform(
            post("/factories/eligibility-rules")
                .param("name", "Page rules " + from)
                .param("effectiveFrom", from)
                .param("cities", "SHENZHEN", "HEYUAN")
                .param("sectors", "TEXTILES")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/factories/eligibility-rules"));
    mvc.perform(
            post("/factories/eligibility-rules")
                .param("name", "No cities")
                .param("effectiveFrom", DateInput.on(clock).last().minusMonths(1).toString())
                .param("sectors", "TEXTILES")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("rulesForm", "cities"));
  }
}
