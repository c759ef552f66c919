package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.cppp.application.HistoricalApplications;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.platform.MailDispatcher;
import org.cppp.platform.PublicUrl;
import org.cppp.support.CapturingMailer;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MeetingPapersMailTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;
  @Autowired HistoricalApplications history;
  @Autowired CapturingMailer mail;
  @Autowired MailDispatcher dispatcher;
  @Autowired PublicUrl publicUrl;

  @Test
  void circulatedPapersAreMailedOnceToEachMemberSittingThatDayInTheirLanguageWithTheMeetingsLink()
      throws Exception {
    CommitteeSetup setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    LocalDate date = setup.freeDate();
    MemberView chair = setup.member(Position.CHAIR, "EPD", date, date, List.of(), Language.ZH_CN);
    MemberView member = setup.member(Position.MEMBER, "FHKI", date, date, List.of());
    MemberView secretary =
        setup.member(Position.SECRETARY, "TID", date, date, List.of(), Language.ZH_HK);
    MemberView later =
        setup.member(Position.MEMBER, "CMA", date.plusDays(1), date.plusDays(1), List.of());
    MeetingView meeting = setup.meeting(date);
    String officer = accounts.create(Role.OFFICER);

    mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/circulate")
                .with(accounts.api(officer)))
        .andExpect(status().isOk());

    String page = publicUrl.link("/committee/meetings/" + meeting.id());
    assertThat(mail.await(address(chair), "委员会会议 " + meeting.number() + " 的文件").body())
        .contains("文件现已传阅")
        .contains("HKPC Building")
        .contains(page);
    assertThat(mail.await(address(secretary), "委員會會議 " + meeting.number()).body())
        .contains("文件現已傳閱")
        .contains(page);
    assertThat(mail.await(address(member), "Papers for committee meeting " + meeting.number()))
        .satisfies(m -> assertThat(m.subject()).contains(date.toString()))
        .satisfies(m -> assertThat(m.body()).contains("14:30").contains(page));
    dispatcher.dispatchDue();
    assertThat(mail.to(address(member))).as("one mail per member").hasSize(1);
    assertThat(mail.to(address(later))).as("not sitting on the meeting's date").isEmpty();
  }

  private static String address(MemberView member) {
    return member.username() + "@example.com";
  }
}
