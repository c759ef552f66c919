package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.HistoricalApplications;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A committee member recused from an application (interest declared) does not see it on any read
 * path of the applications module, while another member still does.
 */
@IntegrationTest
class RecusalVisibilityTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAgendas agendas;
  @Autowired MeetingAttendance attendance;
  @Autowired HistoricalApplications history;

  String ref;
  String br;
  String recused;
  String other;
  MeetingView meeting;
  AgendaItemView item;
  List<MemberView> committee;

  @BeforeEach
  void recuseOneMember() throws Exception {
    CommitteeSetup setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    LocalDate date = setup.freeDate();
    committee = setup.committee(date);
    meeting = setup.meeting(date);
    br = fixtures.eligibleFactory();
    ref = setup.ready(br, "DEMONSTRATION_PROJECT", fixtures.registeredProvider(), "100000");
    item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    recused = committee.get(3).username();
    other = committee.get(4).username();
    mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/items/" + item.id() + "/declaration")
                .with(accounts.api(recused))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interest\":true,\"nature\":\"Director of the factory\"}"))
        .andExpect(status().isOk());
  }

  @Test
  void aRecusedMemberDoesNotFindTheApplicationBySearchingTheApi() throws Exception {
    mvc.perform(get("/api/applications").param("text", ref).with(accounts.api(recused)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content").isEmpty());
    mvc.perform(get("/api/applications").param("text", ref).with(accounts.api(other)))
        .andExpect(jsonPath("$.content[*].reference").value(hasItem(ref)));
  }

  @Test
  void aRecusedMemberDoesNotSeeTheApplicationInTheListPageNorItsFeed() throws Exception {
    mvc.perform(get("/applications").param("text", ref).with(accounts.page(recused)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(Matchers.containsString("/applications/" + ref))));
    mvc.perform(get("/applications").param("text", ref).with(accounts.page(other)))
        .andExpect(content().string(Matchers.containsString("/applications/" + ref)));
  }

  @Test
  void aRecusedMemberDoesNotSeeTheApplicationInTheActivityFeed() throws Exception {
    mvc.perform(get("/api/applications/feed").param("limit", "200").with(accounts.api(recused)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].applicationRef").value(not(hasItem(ref))));
    mvc.perform(get("/api/applications/feed").param("limit", "200").with(accounts.api(other)))
        .andExpect(jsonPath("$[*].applicationRef").value(hasItem(ref)));
  }

  @Test
  void aRecusedMemberGetsNotFoundForTheRecordItsTimelineScreeningAndDocuments() throws Exception {
    for (String path :
        List.of("", "/timeline", "/screening", "/screening/overrides", "/documents")) {
      mvc.perform(get("/api/applications/" + ref + path).with(accounts.api(recused)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/applications/" + ref + path).with(accounts.api(other)))
          .andExpect(status().isOk());
    }
    mvc.perform(get("/applications/" + ref).with(accounts.page(recused)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/applications/" + ref + "/documents/1").with(accounts.page(recused)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aRecusedMembersPackPdfWithholdsTheItemAndItsSummaryPdfIsNotFound() throws Exception {
    String pack = "/committee/meetings/" + meeting.id() + "/pack.pdf";
    assertThat(pdfText(pack, other)).contains(ref).contains(br);
    // the agenda still names the item the member is recused from; its summary is left out
    assertThat(pdfText(pack, recused)).doesNotContain(br).contains("you declared an interest");
    String summary = "/committee/meetings/" + meeting.id() + "/items/" + item.id() + "/summary.pdf";
    assertThat(pdfText(summary, other)).contains(br);
    mvc.perform(get(summary).with(accounts.page(recused))).andExpect(status().isNotFound());
  }

  @Test
  void aRecusedMemberGetsNotFoundForTheDecisionLetterItsPdfAndTheDeliverables() throws Exception {
    SystemActor.run(
        () ->
            committee.forEach(
                m -> attendance.recordAttendance(meeting.id(), m.id(), AttendanceStatus.PRESENT)));
    SystemActor.run(() -> meetings.markHeld(meeting.id()));
    SystemActor.run(
        () ->
            meetings.decide(
                meeting.id(),
                item.id(),
                new DecisionInput(DecisionOutcome.APPROVED, null, "Report")));
    for (String path :
        List.of(
            "/committee/letters/" + ref,
            "/committee/letters/" + ref + "/letter.pdf",
            "/applications/" + ref + "/deliverables/1/file")) {
      mvc.perform(get(path).with(accounts.page(recused))).andExpect(status().isNotFound());
    }
    for (String path :
        List.of("/api/committee/letters/" + ref, "/api/applications/" + ref + "/deliverables")) {
      mvc.perform(get(path).with(accounts.api(recused))).andExpect(status().isNotFound());
      mvc.perform(get(path).with(accounts.api(other))).andExpect(status().isOk());
    }
    mvc.perform(get("/committee/letters/" + ref + "/letter.pdf").with(accounts.page(other)))
        .andExpect(status().isOk());
  }

  private String pdfText(String path, String user) throws Exception {
    byte[] pdf =
        mvc.perform(get(path).param("language", "en").with(accounts.page(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
