package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Scheme;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.CapturingMailer;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Funding applications with the modules they depend on directly (factory, provider, funding,
 * outreach, identity) and none of those that depend on them: an applicant's submission is published
 * as {@link ApplicationStatusChanged}, audited, and mailed to the applicant in the language they
 * chose and to the provider the application names.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DirtiesContext
@Import({TestAccounts.class, Fixtures.class, CapturingMailer.class})
class ApplicationModuleTests {

  static final byte[] PDF = "%PDF-1.4\n% quotation\n".getBytes();

  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired FundingApplications applications;
  @Autowired ApplicationDocuments documents;
  @Autowired AuditTrail audit;
  @Autowired CapturingMailer mail;
  @Autowired Clock clock;

  @Test
  void aSubmissionIsPublishedAuditedAndMailedToTheApplicantInTheirLanguageAndToTheProvider(
      Scenario scenario) {
    String br = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    String applicant = accounts.withEmailIn(Role.APPLICANT, br, Language.ZH_HK);
    String ref =
        accounts
            .as(
                applicant,
                () ->
                    applications.create(
                        br,
                        Scheme.ON_SITE_ASSESSMENT,
                        new ApplicationDraft(
                            provider,
                            "Boiler upgrade",
                            null,
                            null,
                            List.of(
                                new ApplicationDraft.Line("Assessment", new BigDecimal("40000"))),
                            TechnologyCategory.ENERGY_SAVING,
                            "Less fuel",
                            null,
                            null)))
            .reference();
    accounts.as(
        applicant, () -> documents.upload(ref, DocumentKind.QUOTATION, "quotation.pdf", PDF));
    LocalDate today = LocalDate.now(clock);

    scenario
        .stimulate(() -> accounts.as(applicant, () -> applications.submit(ref)))
        .andWaitForEventOfType(ApplicationStatusChanged.class)
        .matching(event -> event.reference().equals(ref))
        .toArriveAndVerify(
            event -> {
              assertThat(event.to()).isEqualTo(ApplicationStatus.SUBMITTED);
              assertThat(event.factoryBr()).isEqualTo(br);
              assertThat(event.providerCode()).isEqualTo(provider);
              assertThat(event.actor()).isEqualTo(applicant);
            });

    CapturingMailer.Mail told = mail.await(applicant + "@example.com", "申請 " + ref + "：已提交");
    assertThat(told.body()).contains("你的申請 " + ref + " 現時狀態為「已提交」（自 " + today + " 起）");
    CapturingMailer.Mail toProvider =
        mail.await("provider-" + provider.toLowerCase() + "@example.com", ref);
    assertThat(toProvider.subject())
        .isEqualTo("Application " + ref + " naming your company: Submitted");
    assertThat(toProvider.body()).contains("/applications/" + ref);
    assertThat(SystemActor.call(() -> audit.of(FundingApplications.AUDIT_TYPE, ref)))
        .extracting(AuditEntry::action)
        .contains("SUBMITTED", "CREATED");
  }
}
