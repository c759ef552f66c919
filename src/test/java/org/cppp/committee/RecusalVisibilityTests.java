package org.cppp.committee;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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
  @Autowired HistoricalApplications history;

  String ref;
  String recused;
  String other;

  @BeforeEach
  void recuseOneMember() throws Exception {
    CommitteeSetup setup = new CommitteeSetup(mvc, accounts, fixtures, members, meetings, history);
    LocalDate date = CommitteeSetup.uniqueDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    ref = setup.ready();
    AgendaItemView item = SystemActor.call(() -> meetings.addApplication(meeting.id(), ref));
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
    for (String path : List.of("", "/timeline", "/screening", "/documents")) {
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
}
