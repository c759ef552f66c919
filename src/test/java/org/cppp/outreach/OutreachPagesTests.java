package org.cppp.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppp.support.ClientAddresses.anyAddress;
import static org.cppp.support.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OutreachPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Activities activities;
  @Autowired EventRegistrations events;
  @Autowired Publications publications;
  @Autowired Stories stories;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  @Test
  void publicEventsShowPublishedActivitiesButNeverDraftsOrAttendeeContacts() throws Exception {
    long published = OutreachFixtures.upcoming(activities, 30);
    String publishedTitle = SystemActor.call(() -> activities.get(published)).titleEn();
    long draft =
        OutreachFixtures.create(
            activities,
            OutreachFixtures.activity(ActivityType.SEMINAR, clock.today().plusDays(5), 10, false));
    String draftTitle = SystemActor.call(() -> activities.get(draft)).titleEn();
    NewRegistration visitor = OutreachFixtures.visitor("Secret");
    events.register(published, visitor, Locale.ENGLISH);

    String list = html(get("/events?size=500"));
    String page = html(get("/events/" + published));

    assertThat(list + page).contains(publishedTitle).doesNotContain(draftTitle);
    assertThat(page).doesNotContain(visitor.email()).doesNotContain("+852 1234 5678");
    mvc.perform(get("/events/" + draft)).andExpect(status().isNotFound());
  }

  @Test
  void simplifiedChinesePagesShowAnEventsTitleInSimplifiedCharacters() throws Exception {
    ActivityCommand seminar =
        OutreachFixtures.activity(ActivityType.SEMINAR, clock.today(), 50, true);
    long id =
        OutreachFixtures.create(
            activities,
            new ActivityCommand(
                seminar.type(),
                seminar.titleEn(),
                "清潔生產資助計劃講座",
                seminar.description(),
                seminar.heldOn(),
                seminar.startsAt(),
                seminar.city(),
                seminar.venue(),
                seminar.coOrganisers(),
                seminar.capacity(),
                seminar.registrationOpen(),
                seminar.published(),
                seminar.recordedParticipants(),
                seminar.visitors(),
                seminar.applicationRef()));

    for (String path : new String[] {"/", "/events", "/events/" + id}) {
      String simplified = page(path + "?lang=zh-CN");
      assertThat(simplified).as(path).contains("清洁生产资助计划讲座").doesNotContain("清潔生產資助計劃講座");
      assertThat(page(path + "?lang=zh-HK")).as(path).contains("清潔生產資助計劃講座");
    }
    assertThat(page("/events/" + id + "?lang=zh-CN")).contains("aria-label=\"导览路径\"");
    assertThat(page("/events/" + id + "?lang=zh-HK")).contains("aria-label=\"導覽路徑\"");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aVisitorRegistersThroughTheFormAndADoubleRegistrationIsExplained() throws Exception {
    long id = OutreachFixtures.upcoming(activities, 30);
    String email = "walker-" + UUID.randomUUID() + "@example.com";
    mvc.perform(
            post("/events/" + id)
                .with(csrf())
                .param("name", "Walker")
                .param("email", email)
                .param("factoryBr", "12345678"))
        .andExpect(status().is3xxRedirection());
    String again =
        mvc.perform(post("/events/" + id).with(csrf()).param("name", "W").param("email", email))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).contains("already registered");
    assertThat(
            jdbc.sql(
                    "select actor from audit_event where subject_type = 'activity' and subject_id = ? and action = 'REGISTERED'")
                .param(String.valueOf(id))
                .query(String.class)
                .single())
        .isEqualTo("anonymousUser");
  }

  @Test
  void guidebooksListOnlyPublishedAndDraftsCannotBeDownloaded() throws Exception {
    String title = "Printing guide " + UUID.randomUUID();
    String draftTitle = "Draft textile guide " + UUID.randomUUID();
    byte[] pdf = "%PDF-1.4 guidebook".getBytes();
    long draftId =
        SystemActor.call(
            () -> {
              GuidebookView g =
                  publications.create(
                      new GuidebookCommand(
                          title,
                          "印刷業指南",
                          "印刷业指南",
                          GuidebookKind.INDUSTRY,
                          "printing",
                          GuidebookStatus.PUBLISHED,
                          LocalDate.of(2011, 9, 1)));
              publications.attachPdf(g.id(), new Upload("print.pdf", pdf));
              GuidebookView d =
                  publications.create(
                      new GuidebookCommand(
                          draftTitle,
                          "紡織",
                          "纺织",
                          GuidebookKind.INDUSTRY,
                          "textiles",
                          GuidebookStatus.IN_PREPARATION,
                          null));
              publications.attachPdf(d.id(), new Upload("draft.pdf", pdf));
              return d.id();
            });

    String list = html(get("/guidebooks"));
    assertThat(list).contains(title).doesNotContain(draftTitle);
    mvc.perform(get("/guidebooks/" + draftId + "/pdf")).andExpect(status().isNotFound());
  }

  @Test
  void aGuidebookPdfIsDownloadedAndCounted() throws Exception {
    long id =
        SystemActor.call(
            () -> {
              GuidebookView g =
                  publications.create(
                      new GuidebookCommand(
                          "Boilers",
                          "鍋爐",
                          "锅炉",
                          GuidebookKind.TOPIC,
                          "industrial boilers",
                          GuidebookStatus.PUBLISHED,
                          LocalDate.of(2011, 10, 1)));
              return publications
                  .attachPdf(g.id(), new Upload("b.pdf", "%PDF-1.7".getBytes()))
                  .id();
            });
    mvc.perform(get("/guidebooks/" + id + "/pdf")).andExpect(status().isOk());
    assertThat(SystemActor.call(() -> publications.get(id)).downloads()).isEqualTo(1);
  }

  @Test
  void anOfficerCannotUploadAFakePdf() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    long id =
        SystemActor.call(
            () ->
                publications
                    .create(
                        new GuidebookCommand(
                            "Fake",
                            "假",
                            "假",
                            GuidebookKind.TOPIC,
                            "x",
                            GuidebookStatus.IN_PREPARATION,
                            null))
                    .id());
    mvc.perform(
            multipart("/outreach/publications/" + id + "/pdf")
                .file(
                    new MockMultipartFile("file", "x.pdf", "application/pdf", "<html>".getBytes()))
                .with(csrf())
                .with(accounts.page(officer)))
        .andExpect(status().is3xxRedirection());
    assertThat(SystemActor.call(() -> publications.get(id)).downloadable()).isFalse();
  }

  @Test
  void storiesShowOnlyPublishedOnes() throws Exception {
    String shown = "Boiler story " + UUID.randomUUID();
    String hidden = "Hidden story " + UUID.randomUUID();
    long hiddenId =
        SystemActor.call(
            () -> {
              stories.create(story(shown, true));
              return stories.create(story(hidden, false)).id();
            });
    assertThat(html(get("/stories?size=100"))).doesNotContain(hidden);
    mvc.perform(get("/stories/" + hiddenId)).andExpect(status().isNotFound());
    assertThat(html(get("/resources"))).contains("Resources");
  }

  @Test
  void theEnquiryFormTakesAnEnquiryAndIgnoresBots() throws Exception {
    String topic = "Funding " + UUID.randomUUID();
    mvc.perform(
            post("/enquiry")
                .with(csrf())
                .param("name", "Ann")
                .param("email", "ann@example.com")
                .param("topic", topic)
                .param("message", "How do I apply?"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/enquiry")
                .with(csrf())
                .param("name", "Bot")
                .param("email", "bot@example.com")
                .param("topic", topic + " bot")
                .param("message", "spam")
                .param("website", "http://spam"))
        .andExpect(status().is3xxRedirection());
    long stored =
        jdbc.sql("select count(*) from outreach_enquiry where topic like ?")
            .param(topic + "%")
            .query(Long.class)
            .single();
    assertThat(stored).isEqualTo(1);
  }

  private String enquire(String address, String email, String phone) throws Exception {
    var request =
        post("/enquiry")
            .with(csrf())
            .with(from(address))
            .param("name", "Ann")
            .param("topic", "Flood")
            .param("message", "again");
    if (email != null) {
      request.param("email", email);
    }
    if (phone != null) {
      request.param("phone", phone);
    }
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  @Test
  void oneAddressOrOneRecipientCannotFloodTheEnquiryForm() throws Exception {
    String address = anyAddress();
    String last = "";
    for (int i = 0; i < 11; i++) {
      last =
          enquire(
              address,
              null,
              "2" + (1000000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(8999999)));
    }
    assertThat(last).contains("sent many times from here or to this address");
    String email = "target-" + UUID.randomUUID() + "@example.com";
    for (int i = 0; i < 4; i++) {
      last = enquire(anyAddress(), email, null);
    }
    assertThat(last).contains("sent many times from here or to this address");
    assertThat(
            jdbc.sql("select count(*) from outreach_enquiry where email = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void aScriptCannotFillTheSeatsOfAnEvent() throws Exception {
    long id = OutreachFixtures.upcoming(activities, 60);
    String address = anyAddress();
    for (int i = 0; i < 60; i++) {
      mvc.perform(
          post("/events/" + id)
              .with(csrf())
              .with(from(address))
              .param("name", "Bot " + i)
              .param("email", "bot-" + i + "-" + UUID.randomUUID() + "@example.com"));
    }
    assertThat(
            jdbc.sql("select count(*) from outreach_registration where activity_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(10);
    assertThat(events.activity(id).full()).isFalse();
    assertThat(SystemActor.call(() -> activities.get(id)).confirmed()).isZero();
  }

  @Test
  void staffPagesNeedASignInAndOfficersSeeThem() throws Exception {
    mvc.perform(get("/outreach/activities")).andExpect(status().is3xxRedirection());
    String committee = accounts.create(Role.COMMITTEE);
    mvc.perform(get("/outreach/activities").with(accounts.page(committee)))
        .andExpect(status().isForbidden());
    String officer = accounts.create(Role.OFFICER);
    long id = OutreachFixtures.upcoming(activities, 5);
    assertThat(html(get("/outreach/activities").with(accounts.page(officer))))
        .contains("Awareness activities");
    assertThat(html(get("/outreach/activities/" + id).with(accounts.page(officer))))
        .contains("Registrations");
    assertThat(html(get("/outreach/enquiries").with(accounts.page(officer))))
        .contains("working days");
    assertThat(html(get("/outreach/publications").with(accounts.page(officer))))
        .contains("Resources");
    assertThat(html(get("/outreach/stories").with(accounts.page(officer))))
        .contains("Success stories");
    assertThat(html(get("/outreach/activities/new").with(accounts.page(officer))))
        .contains("Co-organisers");
  }

  @Test
  void epdReadsButCannotChangeActivities() throws Exception {
    String epd = accounts.create(Role.EPD);
    mvc.perform(get("/outreach/activities").with(accounts.page(epd))).andExpect(status().isOk());
    mvc.perform(
            post("/outreach/activities/new")
                .with(csrf())
                .with(accounts.page(epd))
                .param("titleEn", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void theApiCreatesAnActivityAndRefusesAnUnknownCity() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String body =
        "{\"type\":\"SEMINAR\",\"titleEn\":\"API seminar\",\"titleZh\":\"研討會\",\"heldOn\":\"2011-06-01\","
            + "\"startsAt\":\"14:30\",\"city\":\"%s\",\"coOrganisers\":[{\"name\":\"FHKI\",\"kind\":\"TRADE_ASSOCIATION\"}],"
            + "\"registrationOpen\":false,\"published\":false,\"recordedParticipants\":80}";
    mvc.perform(
            post("/api/activities")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("DONGGUAN")))
        .andExpect(status().isCreated());
    String refused =
        mvc.perform(
                post("/api/activities")
                    .with(accounts.api(officer))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body.formatted("BEIJING")))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("\"field\":\"city\"");
  }

  @Test
  void anOfficerTicksAttendanceOnTheActivityPage() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    long id = OutreachFixtures.upcoming(activities, 5);
    events.register(id, OutreachFixtures.visitor("Tick"), Locale.ENGLISH);
    long registration = SystemActor.call(() -> activities.registrations(id)).get(0).id();
    mvc.perform(
            post("/outreach/activities/" + id + "/attendance")
                .with(csrf())
                .with(accounts.page(officer))
                .param("attended", String.valueOf(registration)))
        .andExpect(status().is3xxRedirection());
    assertThat(SystemActor.call(() -> activities.get(id)).participants()).isEqualTo(1);
    assertThat(SystemActor.call(() -> activities.conversion(id)).factoriesApplied()).isZero();
  }

  private String html(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static StoryCommand story(String title, boolean published) {
    return new StoryCommand(
        "APP-2010-00012",
        TechnologyCategory.ENERGY_SAVING,
        title,
        "故事",
        "故事",
        "Text",
        "內容",
        "内容",
        "Saved 10% energy",
        published);
  }
}
