package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.FundingApplications;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.platform.MailDispatcher;
import org.cppp.platform.PublicUrl;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Decisions by circulation. Only this test appoints members sitting today, so the number of sitting
 * voting members (and with it the quorum) is known.
 */
@IntegrationTest
class CirculationTests {

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;
  @Autowired org.cppp.application.HistoricalApplications history;
  @Autowired FundingApplications applications;
  @Autowired Budget budget;
  @Autowired CapturingMailer mail;
  @Autowired MailDispatcher dispatcher;
  @Autowired PublicUrl publicUrl;

  static String address(MemberView member) {
    return member.username() + "@example.com";
  }

  void vote(String member, long id, String vote, String comment, int expected) throws Exception {
    mvc.perform(
            post("/api/committee/circulations/" + id + "/votes")
                .with(accounts.api(member))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"vote\":\"" + vote + "\",\"comment\":\"" + comment + "\"}"))
        .andExpect(status().is(expected));
  }

  ResultActions listPage(String user) throws Exception {
    return mvc.perform(get("/committee/circulations").with(accounts.page(user)))
        .andExpect(status().isOk());
  }

  @Test
  void
      aCirculationWithAQuorumOfVotesDecidesByMajorityRecusedMembersCannotVoteAndTheListOffersOnlyWhatIsAllowed()
          throws Exception {
    CommitteeSetup setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    LocalDate today = LocalDate.now(clock);
    MemberView chair = setup.member(Position.CHAIR, "EPD", today, today, List.of(), Language.ZH_HK);
    MemberView a = setup.member(Position.MEMBER, "FHKI", today, today, List.of());
    MemberView b = setup.member(Position.MEMBER, "CMA", today, today, List.of());
    MemberView secretary = setup.member(Position.SECRETARY, "TID", today, today, List.of());
    String officer = accounts.create(Role.OFFICER);
    String ref = setup.ready();

    String json =
        mvc.perform(
                post("/api/committee/circulations")
                    .with(accounts.api(officer))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"applicationRef\":\"" + ref + "\",\"deadline\":\"" + today + "\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(json, "$.id")).longValue();
    String page = publicUrl.link("/committee/circulations/" + id);
    assertThat(mail.await(address(chair), "請於 " + today + " 前投票").body())
        .contains("申請 " + ref + " 已傳閱予項目管理委員會")
        .contains(page);
    assertThat(mail.await(address(a), "Your vote by " + today).body())
        .contains("application " + ref)
        .contains(page);
    dispatcher.dispatchDue();
    assertThat(mail.to(address(a))).as("one mail per member").hasSize(1);
    assertThat(mail.to(address(secretary))).as("the secretary does not vote").isEmpty();

    vote(chair.username(), id, "APPROVE", "Urgent and sound", 200);
    vote(b.username(), id, "INTEREST", "Consultant to the factory", 200);
    mvc.perform(
            get("/api/committee/circulations/" + id + "/application")
                .with(accounts.api(b.username())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/committee/circulations/" + id).with(accounts.page(b.username())))
        .andExpect(status().isNotFound());
    vote(b.username(), id, "APPROVE", "", 409);
    vote(secretary.username(), id, "APPROVE", "", 400);
    mvc.perform(post("/api/committee/circulations/" + id + "/close").with(accounts.api(officer)))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/committee/circulations").with(accounts.api(a.username())))
        .andExpect(status().isOk());
    String voteForm = "/committee/circulations/" + id + "/vote";
    String closeForm = "/committee/circulations/" + id + "/close";
    listPage(officer).andExpect(content().string(not(containsString(closeForm))));
    listPage(secretary.username()).andExpect(content().string(not(containsString(voteForm))));
    listPage(b.username()).andExpect(content().string(not(containsString(voteForm))));
    listPage(a.username()).andExpect(content().string(containsString(voteForm)));
    vote(a.username(), id, "APPROVE", "", 200);
    listPage(officer).andExpect(content().string(containsString(closeForm)));

    mvc.perform(post("/api/committee/circulations/" + id + "/close").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECIDED"))
        .andExpect(jsonPath("$.outcome").value("APPROVED"))
        .andExpect(jsonPath("$.decidedOn").value(today.toString()));
    var application = SystemActor.call(() -> applications.get(ref));
    assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(application.decidedOn()).isEqualTo(today);
    assertThat(SystemActor.call(() -> budget.entriesFor(ref)))
        .extracting(e -> e.kind())
        .containsExactly(EntryKind.COMMIT);
    mvc.perform(post("/api/committee/circulations/" + id + "/close").with(accounts.api(officer)))
        .andExpect(status().isConflict());
  }
}
