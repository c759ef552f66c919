package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.FundingApplications;
import org.cppp.application.HistoricalApplications;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.StateConflict;
import org.cppp.support.CapturingMailer;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The committee module on its own (with the modules it depends on, and none of those that depend on
 * it): a decision at a held meeting goes out as {@link CommitteeDecisionRecorded} and reaches the
 * factory's applicants by mail.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@DirtiesContext
@AutoConfigureMockMvc
@Import({TestAccounts.class, Fixtures.class, CapturingMailer.class})
class CommitteeModuleTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;
  @Autowired HistoricalApplications history;
  @Autowired FundingApplications applications;
  @Autowired CapturingMailer mail;

  @Test
  void aDecisionAtAHeldMeetingIsPublishedAndMailedToTheFactorysApplicants(Scenario scenario)
      throws Exception {
    CommitteeSetup setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    var date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    String br = fixtures.eligibleFactory();
    String applicant = accounts.withEmail(Role.APPLICANT, br, null);
    String ref = setup.ready(br, "DEMONSTRATION_PROJECT", fixtures.registeredProvider(), "200000");
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    setup.attend(meeting, committee);
    SystemActor.run(() -> meetings.markHeld(meeting.id()));

    scenario
        .stimulate(
            () ->
                SystemActor.call(
                    () ->
                        meetings.decide(
                            meeting.id(),
                            item.id(),
                            new DecisionInput(
                                DecisionOutcome.REJECTED, null, "Not cleaner production"))))
        .andWaitForEventOfType(CommitteeDecisionRecorded.class)
        .matching(event -> event.applicationRef().equals(ref))
        .toArriveAndVerify(
            event -> {
              assertThat(event.factoryBr()).isEqualTo(br);
              assertThat(event.outcome()).isEqualTo(DecisionOutcome.REJECTED);
            });

    CapturingMailer.Mail sent =
        mail.await(applicant + "@example.com", "Committee decision on " + ref);
    assertThat(sent.body()).contains("/committee/letters/" + ref).contains("Rejected");
    assertThat(SystemActor.call(() -> applications.get(ref)).status())
        .isEqualTo(ApplicationStatus.REJECTED);
    assertThat(SystemActor.call(() -> agendas.item(meeting.id(), item.id())).decision().note())
        .isEqualTo("Not cleaner production");
    assertThatThrownBy(
            () ->
                SystemActor.call(
                    () ->
                        meetings.decide(
                            meeting.id(),
                            item.id(),
                            new DecisionInput(DecisionOutcome.APPROVED, null, ""))))
        .isInstanceOf(StateConflict.class);
  }
}
