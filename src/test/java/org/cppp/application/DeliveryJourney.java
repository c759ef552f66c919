package org.cppp.application;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Takes an application through the API to work under way (drafted by the factory naming a provider,
 * screened, approved under a delegated authority, started), with users of each side that have
 * e-mail addresses; and hands in, reviews and verifies its deliverables.
 */
final class DeliveryJourney {

  static final byte[] PDF = "%PDF-1.4\n% deliverable\n".getBytes();

  private final Clock clock;
  private final MockMvc mvc;
  private final TestAccounts accounts;
  private final Fixtures fixtures;
  private final CommitteeAuthority committee;

  DeliveryJourney(
      MockMvc mvc,
      TestAccounts accounts,
      Fixtures fixtures,
      CommitteeAuthority committee,
      Clock clock) {
    this.clock = clock;
    this.mvc = mvc;
    this.accounts = accounts;
    this.fixtures = fixtures;
    this.committee = committee;
  }

  /** An application under way and the users of its factory, its provider, HKPC and QA. */
  record Work(
      String ref,
      String factoryBr,
      String providerCode,
      String applicant,
      String provider,
      String officer,
      String qa) {}

  Work started(Scheme scheme, String providerCode) throws Exception {
    Work work = drafted(scheme, providerCode);
    String authority = String.valueOf(committee.inForce("500000.00", scheme).id());
    act(work.officer(), work.ref(), "screen", "{}");
    act(work.officer(), work.ref(), "ready", "{\"note\":\"All checks passed\"}");
    act(
        work.officer(),
        work.ref(),
        "approve",
        "{\"decidedOn\":\"" + today() + "\",\"delegatedAuthorityId\":" + authority + "}");
    act(work.officer(), work.ref(), "start", "{}");
    return work;
  }

  /** A submitted application (not yet approved) of a new factory naming this provider. */
  Work drafted(Scheme scheme, String providerCode) throws Exception {
    String br = fixtures.eligibleFactory();
    Work work =
        new Work(
            null,
            br,
            providerCode,
            withEmail(Role.APPLICANT, br, null),
            withEmail(Role.PROVIDER, null, providerCode),
            accounts.create(Role.OFFICER),
            withEmail(Role.QA, null, null));
    String body =
        """
        {"factoryBr":"%s","scheme":"%s","providerCode":"%s","title":"Waste heat recovery",
         "costItems":[{"description":"Heat exchanger","amountHkd":"300000"}],
         "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
        """
            .formatted(br, scheme, providerCode);
    String json =
        mvc.perform(
                post("/api/applications")
                    .with(accounts.api(work.applicant()))
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
                .with(accounts.api(work.applicant())))
        .andExpect(status().isCreated());
    act(work.applicant(), ref, "submit", "{}");
    return new Work(
        ref, br, providerCode, work.applicant(), work.provider(), work.officer(), work.qa());
  }

  void act(String user, String ref, String action, String body) throws Exception {
    mvc.perform(
            post("/api/applications/" + ref + "/" + action)
                .with(accounts.api(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }

  /** Hands in a deliverable as this user; the answer, to check. */
  ResultActions upload(String user, String ref, String kind, String filename, byte[] content)
      throws Exception {
    return mvc.perform(
        multipart("/api/applications/" + ref + "/deliverables")
            .file(new MockMultipartFile("file", filename, "application/pdf", content))
            .param("kind", kind)
            .with(accounts.api(user)));
  }

  /** Hands in a deliverable that must be accepted as created; its id. */
  long handIn(String user, String ref, String kind) throws Exception {
    return idOf(
        upload(user, ref, kind, kind.toLowerCase() + ".pdf", PDF).andExpect(status().isCreated()));
  }

  ResultActions review(String user, String ref, long id, String outcome, String body)
      throws Exception {
    return mvc.perform(
        post("/api/applications/" + ref + "/deliverables/" + id + "/" + outcome)
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** The provider opens a verification case with a year of readings each side; QA signs it. */
  void signedVerification(Work work) throws Exception {
    String body =
        """
        {"application":"%s","option":"B","boundary":"Boiler house, gas meter G1",
         "region":"GUANGDONG","variables":["production_t"],
         "baseline":{"from":"2011-01-01","to":"2011-04-30"},
         "reporting":{"from":"2012-03-01","to":"2012-04-30"}}
        """
            .formatted(work.ref());
    long id =
        idOf(
            mvc.perform(
                    post("/api/verifications")
                        .with(accounts.api(work.provider()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()));
    String csv =
        """
        from,to,ELECTRICITY_KWH,production_t
        2011-01-01,2011-01-31,3000,1
        2011-02-01,2011-02-28,5000,2
        2011-03-01,2011-03-31,8000,3
        2011-04-01,2011-04-30,8000,4
        2012-03-01,2012-03-31,4000,2
        2012-04-01,2012-04-30,9000,5
        """;
    mvc.perform(
            put("/api/verifications/" + id + "/readings")
                .with(accounts.api(work.provider()))
                .contentType("text/csv")
                .content(csv))
        .andExpect(status().isOk());
    mvc.perform(post("/api/verifications/" + id + "/sign").with(accounts.api(work.qa())))
        .andExpect(status().isOk());
  }

  private String withEmail(Role role, String factoryBr, String providerCode) {
    return accounts.withEmail(role, factoryBr, providerCode);
  }

  private static long idOf(ResultActions created) throws Exception {
    String json = created.andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
