package org.cppp.factory.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryFixtures;
import org.cppp.factory.Sector;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BusinessPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Factories factories;

  @Test
  void anOfficerRegistersAWorkshopLinksAFactoryAndChecksItsEvidenceThroughThePages()
      throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = FactoryFixtures.newBr();
    String plant = FactoryFixtures.newBr();
    SystemActor.run(
        () ->
            factories.register(
                FactoryFixtures.details(plant, "Plant " + plant, "HONG_KONG", Sector.TEXTILES)));

    mvc.perform(
            post("/businesses")
                .with(accounts.page(officer))
                .with(csrf())
                .param("brNumber", br)
                .param("nameEn", "Kwun Tong Plating Workshop")
                .param("kind", "HK_WORKSHOP")
                .param("pollutingProcesses", "Electroplating"))
        .andExpect(redirectedUrl("/businesses/" + br));
    mvc.perform(
            post("/businesses/{br}/factories", br)
                .with(accounts.page(officer))
                .with(csrf())
                .param("factoryBr", plant)
                .param("kind", "HK_RESIDENT_OWNERSHIP")
                .param("evidence", "Business registration certificate"))
        .andExpect(redirectedUrl("/businesses/" + br));
    mvc.perform(
            post("/businesses/{br}/factories/{f}/evidence/1", br, plant)
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/businesses/" + br));

    mvc.perform(
            get("/businesses/{br}", br)
                .with(accounts.page(officer))
                .cookie(new Cookie("cppp-lang", "zh-HK")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("香港工場式企業")))
        .andExpect(content().string(containsString(plant)))
        .andExpect(content().string(containsString("Business registration certificate")))
        .andExpect(content().string(containsString("由 " + officer)));
    mvc.perform(get("/businesses").param("kind", "HK_WORKSHOP").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kwun Tong Plating Workshop")));
  }

  @Test
  void anApplicantSeesTheirBusinessPageWithoutOfficerFormsAndNotTheList() throws Exception {
    String plant = FactoryFixtures.newBr();
    SystemActor.run(() -> factories.register(FactoryFixtures.eligible(plant)));
    String applicant = accounts.applicantOf(plant);

    mvc.perform(get("/businesses/{br}", plant).with(accounts.page(applicant)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("name=\"factoryBr\""))));
    mvc.perform(get("/businesses").with(accounts.page(applicant)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/businesses")
                .with(accounts.page(applicant))
                .with(csrf())
                .param("brNumber", FactoryFixtures.newBr())
                .param("nameEn", "Mine Ltd")
                .param("kind", "HK_BUSINESS"))
        .andExpect(status().isForbidden());
  }

  @Test
  void anOfficerUnlinksAFactoryFromTheBusinessPageWithAReason() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String plant = FactoryFixtures.newBr();
    SystemActor.run(() -> factories.register(FactoryFixtures.eligible(plant)));
    mvc.perform(get("/businesses/{br}", plant).with(accounts.page(officer)))
        .andExpect(content().string(containsString("/factories/" + plant + "/unlink")));

    mvc.perform(
            post("/businesses/{br}/factories/{f}/unlink", plant, plant)
                .with(accounts.page(officer))
                .with(csrf())
                .param("reason", " "))
        .andExpect(redirectedUrl("/businesses/" + plant));
    mvc.perform(get("/api/factories/{br}/link", plant).with(accounts.api(officer)))
        .andExpect(status().isOk());
    mvc.perform(
            post("/businesses/{br}/factories/{f}/unlink", plant, plant)
                .with(accounts.page(officer))
                .with(csrf())
                .param("reason", "Sold to a mainland group"))
        .andExpect(redirectedUrl("/businesses/" + plant));
    mvc.perform(get("/api/factories/{br}/link", plant).with(accounts.api(officer)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/businesses/{br}/factories/{f}/unlink", plant, plant)
                .with(accounts.page(accounts.applicantOf(plant)))
                .with(csrf())
                .param("reason", "Mine"))
        .andExpect(status().isForbidden());
  }
}
