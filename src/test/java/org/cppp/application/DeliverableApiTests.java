package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import org.cppp.application.DeliveryJourney.Work;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Delivery of approved work through the API (issue 10 point 1): who may do what, and the gates. */
@IntegrationTest
class DeliverableApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired CapturingMailer mail;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  DeliveryJourney journey;

  @BeforeEach
  void journey() {
    journey = new DeliveryJourney(mvc, accounts, fixtures, committee, clock);
  }

  @Test
  void theFactoryTheNamedProviderAndOfficersHandInQaReviewsAndEveryoneElseIsRefused()
      throws Exception {
    Work work = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    journey
        .upload(
            work.applicant(), work.ref(), "PROGRESS_REPORT", "progress.pdf", DeliveryJourney.PDF)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.party").value("FACTORY"))
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
    journey
        .upload(work.provider(), work.ref(), "COMPLETION_REPORT", "final.pdf", DeliveryJourney.PDF)
        .andExpect(jsonPath("$.party").value("PROVIDER"));
    long invoice = journey.handIn(work.officer(), work.ref(), "INVOICE");

    for (Role reader : new Role[] {Role.QA, Role.EPD, Role.COMMITTEE}) {
      String user = accounts.create(reader);
      journey
          .upload(user, work.ref(), "RECEIPT", "receipt.pdf", DeliveryJourney.PDF)
          .andExpect(status().isForbidden());
      mvc.perform(get(deliverables(work)).with(accounts.api(user)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.length()").value(3));
    }
    String otherProvider = accounts.staffOf(fixtures.registeredProvider());
    String otherFactory = accounts.applicantOf(fixtures.eligibleFactory());
    for (String stranger : new String[] {otherProvider, otherFactory}) {
      journey
          .upload(stranger, work.ref(), "RECEIPT", "receipt.pdf", DeliveryJourney.PDF)
          .andExpect(status().isNotFound());
      mvc.perform(get(deliverables(work)).with(accounts.api(stranger)))
          .andExpect(status().isNotFound());
      mvc.perform(get(deliverables(work) + "/" + invoice + "/file").with(accounts.api(stranger)))
          .andExpect(status().isNotFound());
      journey
          .review(stranger, work.ref(), invoice, "accept", "{}")
          .andExpect(status().isNotFound());
    }
    for (String notQa : new String[] {work.applicant(), work.provider(), work.officer()}) {
      journey.review(notQa, work.ref(), invoice, "accept", "{}").andExpect(status().isForbidden());
      journey
          .review(notQa, work.ref(), invoice, "return", "{\"comments\":\"no\"}")
          .andExpect(status().isForbidden());
    }
    journey
        .review(work.qa(), work.ref(), invoice, "accept", "{\"note\":\"Matches the quotation\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.reviewNote").value("Matches the quotation"));
    mvc.perform(
            get(deliverables(work) + "/" + invoice + "/file").with(accounts.api(work.provider())))
        .andExpect(status().isOk())
        .andExpect(content().bytes(DeliveryJourney.PDF));
  }

  @Test
  void refusesAKindOfAnotherSchemeAFileThatIsNotWhatItSaysAndWorkNotYetApproved() throws Exception {
    Work work = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    journey
        .upload(work.applicant(), work.ref(), "ASSESSMENT_REPORT", "a.pdf", DeliveryJourney.PDF)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "This kind of deliverable is not handed in under this application's scheme."));
    journey
        .upload(work.applicant(), work.ref(), "CHEQUE", "a.pdf", DeliveryJourney.PDF)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    journey
        .upload(work.applicant(), work.ref(), "RECEIPT", "r.pdf", "MZ not a pdf".getBytes())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(
            multipart(deliverables(work))
                .param("kind", "RECEIPT")
                .with(accounts.api(work.applicant())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));

    Work submitted = journey.drafted(Scheme.ON_SITE_ASSESSMENT, fixtures.registeredProvider());
    journey
        .upload(
            submitted.provider(),
            submitted.ref(),
            "ASSESSMENT_REPORT",
            "assessment.pdf",
            DeliveryJourney.PDF)
        .andExpect(status().isConflict());
    mvc.perform(get(deliverables(work)).with(accounts.api(work.applicant())))
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void aReturnedDeliverableShowsQasCommentsAndItsUploaderReplacesItAllAuditedAndMailed()
      throws Exception {
    Work work = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    long report = journey.handIn(work.provider(), work.ref(), "COMPLETION_REPORT");
    mail.await(work.qa() + "@example.com", work.ref());

    journey
        .review(work.qa(), work.ref(), report, "return", "{\"comments\":\" \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("comments"));
    journey
        .review(work.qa(), work.ref(), report, "return", "{\"comments\":\"Page 3 is missing\"}")
        .andExpect(jsonPath("$.status").value("RETURNED"));
    mvc.perform(get(deliverables(work)).with(accounts.api(work.provider())))
        .andExpect(jsonPath("$[0].reviewNote").value("Page 3 is missing"))
        .andExpect(jsonPath("$[0].history[1].action").value("RETURNED"))
        .andExpect(jsonPath("$[0].history[1].note").value("Page 3 is missing"));
    assertThat(mail.await(work.provider() + "@example.com", "returned").body())
        .contains("Page 3 is missing");
    mail.await(work.applicant() + "@example.com", "returned");

    byte[] corrected = "%PDF-1.4\n% with page 3\n".getBytes();
    replace(work.applicant(), work, report, corrected).andExpect(status().isForbidden());
    replace(work.provider(), work, report, corrected)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.revision").value(2))
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
    mvc.perform(get(deliverables(work) + "/" + report + "/file").with(accounts.api(work.qa())))
        .andExpect(content().bytes(corrected));
    mvc.perform(
            get(deliverables(work) + "/" + report + "/file")
                .param("revision", "1")
                .with(accounts.api(work.qa())))
        .andExpect(content().bytes(DeliveryJourney.PDF));
    journey.review(work.qa(), work.ref(), report, "accept", "{}").andExpect(status().isOk());
    replace(work.provider(), work, report, corrected).andExpect(status().isConflict());
    journey.review(work.qa(), work.ref(), report, "accept", "{}").andExpect(status().isConflict());
    mail.await(work.provider() + "@example.com", "accepted");

    List<AuditEntry> trail = SystemActor.call(() -> audit.of("application", work.ref()));
    assertThat(trail)
        .extracting(AuditEntry::action)
        .containsSubsequence(
            "DELIVERABLE_ACCEPTED",
            "DELIVERABLE_REPLACED",
            "DELIVERABLE_RETURNED",
            "DELIVERABLE_UPLOADED");
    assertThat(trail)
        .filteredOn(e -> e.action().equals("DELIVERABLE_RETURNED"))
        .first()
        .satisfies(e -> assertThat(e.changes()).containsEntry("comments", "Page 3 is missing"));
    mvc.perform(
            get("/api/applications/" + work.ref() + "/timeline")
                .with(accounts.api(work.applicant())))
        .andExpect(jsonPath("$[*].deliverableAction", hasItem("RETURNED")))
        .andExpect(jsonPath("$[*].deliverableAction", hasItem("REPLACED")))
        .andExpect(jsonPath("$[-1].deliverableAction").value("ACCEPTED"))
        .andExpect(jsonPath("$[-1].deliverable").value("COMPLETION_REPORT"));
    mvc.perform(get("/api/applications/feed").with(accounts.api(work.provider())))
        .andExpect(jsonPath("$[0].applicationRef").value(work.ref()))
        .andExpect(jsonPath("$[0].messageKey").value("feed.deliverable.ACCEPTED"));
  }

  @Test
  void completionNeedsAnAcceptedCompletionReportAndASignedVerification() throws Exception {
    Work work = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    complete(work).andExpect(status().isConflict()).andExpect(detail("completion report and"));
    long report = journey.handIn(work.provider(), work.ref(), "COMPLETION_REPORT");
    complete(work).andExpect(status().isConflict());
    journey.review(work.qa(), work.ref(), report, "accept", "{}").andExpect(status().isOk());
    complete(work).andExpect(status().isConflict()).andExpect(detail("signed the verification"));

    Work signedFirst = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    journey.signedVerification(signedFirst);
    long returned = journey.handIn(signedFirst.provider(), signedFirst.ref(), "COMPLETION_REPORT");
    journey
        .review(
            signedFirst.qa(), signedFirst.ref(), returned, "return", "{\"comments\":\"Unsigned\"}")
        .andExpect(status().isOk());
    complete(signedFirst)
        .andExpect(status().isConflict())
        .andExpect(detail("accepted its completion report."));
    mvc.perform(get("/api/applications/" + signedFirst.ref()).with(accounts.api(work.officer())))
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"));

    journey.signedVerification(work);
    complete(work).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
  }

  @Test
  void theFinalPaymentIsRefusedBeforeSignOffAndAcceptedAfterAndTheFactorySeesWhatItWasPaid()
      throws Exception {
    Work work = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    long report = journey.handIn(work.provider(), work.ref(), "COMPLETION_REPORT");
    journey.review(work.qa(), work.ref(), report, "accept", "{}").andExpect(status().isOk());
    pay(work, "150000.00").andExpect(status().isConflict()).andExpect(detail("final payment"));
    mvc.perform(get(payments(work)).with(accounts.api(work.applicant())))
        .andExpect(jsonPath("$.paidHkd").value("0.00"))
        .andExpect(jsonPath("$.completion.completionReportAccepted").value(true))
        .andExpect(jsonPath("$.completion.verificationSigned").value(false))
        .andExpect(jsonPath("$.completion.met").value(false));

    journey.signedVerification(work);
    complete(work).andExpect(status().isOk());
    pay(work, "150000.00").andExpect(status().isCreated());

    mvc.perform(get(payments(work)).with(accounts.api(work.applicant())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.grantHkd").value("150000.00"))
        .andExpect(jsonPath("$.paidHkd").value("150000.00"))
        .andExpect(jsonPath("$.outstandingHkd").value("0.00"))
        .andExpect(jsonPath("$.payments[0].invoiceRef").value("INV-" + work.ref()))
        .andExpect(jsonPath("$.completion.verificationSigned").value(true));
    mvc.perform(get(payments(work)).with(accounts.api(work.provider())))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/applications/" + work.ref() + "/timeline")
                .with(accounts.api(work.applicant())))
        .andExpect(jsonPath("$[-4].deliverableAction").value("ACCEPTED"))
        .andExpect(jsonPath("$[-3].milestone").value("VERIFICATION_SIGNED"))
        .andExpect(jsonPath("$[-3].actor").value(work.qa()))
        .andExpect(jsonPath("$[-3].amountHkd").exists())
        .andExpect(jsonPath("$[-2].to").value("COMPLETED"))
        .andExpect(jsonPath("$[-1].milestone").value("PAYMENT"))
        .andExpect(jsonPath("$[-1].amountHkd").value("150000.00"));
    mvc.perform(
            get("/api/applications/" + work.ref() + "/timeline")
                .with(accounts.api(work.provider())))
        .andExpect(jsonPath("$[-1].to").value("COMPLETED"))
        .andExpect(jsonPath("$[-2].milestone").value("VERIFICATION_SIGNED"));
    mvc.perform(get("/api/applications/feed").with(accounts.api(work.provider())))
        .andExpect(jsonPath("$[1].applicationRef").value(work.ref()))
        .andExpect(jsonPath("$[1].messageKey").value("feed.verification.SIGNED"));
    mvc.perform(get("/applications").param("lang", "zh-HK").with(accounts.page(work.provider())))
        .andExpect(content().string(containsString("成效核實已由質量保證組簽署")));
    mvc.perform(
            get("/applications/" + work.ref())
                .param("lang", "zh-CN")
                .with(accounts.page(work.applicant())))
        .andExpect(content().string(containsString("质量保证组签署成效核实")))
        .andExpect(content().string(containsString("已付 HK$ 150,000.00")));
    mvc.perform(
            get(payments(work))
                .with(accounts.api(accounts.applicantOf(fixtures.eligibleFactory()))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/applications/" + work.ref()).with(accounts.page(work.applicant())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"payments-paid\">HK$ 150,000.00")));
  }

  @Test
  void aProviderSeesExactlyTheApplicationsNamingItsProvider() throws Exception {
    String mine = fixtures.registeredProvider();
    Work first = journey.started(Scheme.DEMONSTRATION_PROJECT, mine);
    Work second = journey.drafted(Scheme.ON_SITE_ASSESSMENT, mine);
    Work other = journey.started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    journey.handIn(other.provider(), other.ref(), "PROGRESS_REPORT");
    journey.handIn(first.provider(), first.ref(), "PROGRESS_REPORT");
    String staff = accounts.staffOf(mine);

    mvc.perform(get("/api/applications").param("size", "500").with(accounts.api(staff)))
        .andExpect(jsonPath("$.page.totalElements").value(2))
        .andExpect(
            jsonPath("$.content[*].reference")
                .value(org.hamcrest.Matchers.containsInAnyOrder(first.ref(), second.ref())));
    mvc.perform(get("/api/applications/feed").param("limit", "200").with(accounts.api(staff)))
        .andExpect(jsonPath("$[*].applicationRef", hasItem(first.ref())))
        .andExpect(jsonPath("$[*].applicationRef", hasItem(second.ref())))
        .andExpect(
            jsonPath(
                "$[*].applicationRef",
                org.hamcrest.Matchers.everyItem(
                    org.hamcrest.Matchers.oneOf(first.ref(), second.ref()))));
    for (String path : new String[] {"", "/timeline", "/documents", "/deliverables", "/payments"}) {
      mvc.perform(get("/api/applications/" + other.ref() + path).with(accounts.api(staff)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/applications/" + first.ref() + "/deliverables").with(accounts.api(staff)))
        .andExpect(jsonPath("$.length()").value(1));
    mvc.perform(get("/applications/" + other.ref()).with(accounts.page(staff)))
        .andExpect(status().isNotFound());
  }

  private org.springframework.test.web.servlet.ResultActions complete(Work work) throws Exception {
    return mvc.perform(
        post("/api/applications/" + work.ref() + "/complete")
            .with(accounts.api(work.officer()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"finalCostHkd\":\"300000\"}"));
  }

  private org.springframework.test.web.servlet.ResultActions pay(Work work, String amount)
      throws Exception {
    return mvc.perform(
        post(payments(work))
            .with(accounts.api(work.officer()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"amountHkd\":\"" + amount + "\",\"invoiceRef\":\"INV-" + work.ref() + "\"}"));
  }

  private org.springframework.test.web.servlet.ResultActions replace(
      String user, Work work, long id, byte[] content) throws Exception {
    return mvc.perform(
        multipart(deliverables(work) + "/" + id + "/revisions")
            .file(new MockMultipartFile("file", "final-v2.pdf", "application/pdf", content))
            .with(accounts.api(user)));
  }

  private static org.springframework.test.web.servlet.ResultMatcher detail(String part) {
    return jsonPath("$.detail", containsString(part));
  }

  private static String deliverables(Work work) {
    return "/api/applications/" + work.ref() + "/deliverables";
  }

  private static String payments(Work work) {
    return "/api/applications/" + work.ref() + "/payments";
  }
}
