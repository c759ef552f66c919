package org.cppp.committee;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Builds committee scenarios through the facades and the API: applications ready for the committee,
 * members sitting only on one (unique) date, and a meeting on that date.
 */
class CommitteeSetup {

  static final byte[] PDF = "%PDF-1.4\n% paper\n".getBytes();

  final MockMvc mvc;
  final TestAccounts accounts;
  final Fixtures fixtures;
  final CommitteeMembers members;
  final Meetings meetings;

  CommitteeSetup(
      MockMvc mvc,
      TestAccounts accounts,
      Fixtures fixtures,
      CommitteeMembers members,
      Meetings meetings) {
    this.mvc = mvc;
    this.accounts = accounts;
    this.fixtures = fixtures;
    this.members = members;
    this.meetings = meetings;
  }

  /** A date no other test uses, in the past: members appointed for it sit on it alone. */
  static LocalDate uniqueDate() {
    return LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 5000));
  }

  /** A submitted, screened application ready for the committee; its reference. */
  String ready(String br, String scheme, String provider, String cost) throws Exception {
    String applicant = accounts.applicantOf(br);
    String officer = accounts.create(Role.OFFICER);
    String body =
        """
        {"factoryBr":"%s","scheme":"%s","providerCode":"%s","title":"Boiler upgrade",
         "costItems":[{"description":"Work","amountHkd":"%s"}],
         "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
        """
            .formatted(br, scheme, provider, cost);
    String json =
        mvc.perform(
                post("/api/applications")
                    .with(accounts.api(applicant))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String ref = JsonPath.read(json, "$.reference");
    mvc.perform(
            multipart("/api/applications/" + ref + "/documents")
                .file(new MockMultipartFile("file", "quotation.pdf", "application/pdf", PDF))
                .param("kind", "QUOTATION")
                .with(accounts.api(applicant)))
        .andExpect(status().isCreated());
    act(applicant, ref, "submit", "{}");
    act(officer, ref, "screen", "{}");
    act(officer, ref, "ready", "{\"note\":\"All checks passed\"}");
    return ref;
  }

  String ready() throws Exception {
    return ready(
        fixtures.eligibleFactory(),
        "DEMONSTRATION_PROJECT",
        fixtures.registeredProvider(),
        "100000");
  }

  private void act(String user, String ref, String action, String body) throws Exception {
    mvc.perform(
            post("/api/applications/" + ref + "/" + action)
                .with(accounts.api(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }

  /** A new COMMITTEE user appointed for [from, to]; the membership. */
  MemberView member(
      Position position, String org, LocalDate from, LocalDate to, List<String> links) {
    String username = accounts.create(Role.COMMITTEE);
    return SystemActor.call(
        () -> members.appoint(new NewMember(username, org, position, from, to, links, List.of())));
  }

  /** A chair and four members sitting on {@code date} only. */
  List<MemberView> committee(LocalDate date) {
    List<MemberView> all = new ArrayList<>();
    all.add(member(Position.CHAIR, "EPD", date, date, List.of()));
    for (String org : List.of("HKGCC", "FHKI", "CMA", "CGCC")) {
      all.add(member(Position.MEMBER, org, date, date, List.of()));
    }
    all.add(member(Position.SECRETARY, "TID", date, date, List.of()));
    return all;
  }

  MeetingView meeting(LocalDate date) {
    String number = "PMC T-" + UUID.randomUUID().toString().substring(0, 8);
    return SystemActor.call(
        () ->
            meetings.schedule(
                new NewMeeting(
                    number,
                    "Test meeting",
                    date,
                    LocalTime.of(14, 30),
                    "HKPC Building",
                    null,
                    null)));
  }

  void attend(MeetingView meeting, List<MemberView> present) {
    SystemActor.run(
        () ->
            present.forEach(
                m -> meetings.recordAttendance(meeting.id(), m.id(), AttendanceStatus.PRESENT)));
  }
}
