package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A deliverable's review: guarded steps, comments kept in its history, revisions bounded. */
class DeliverableTests {

  static final LocalDate DAY = LocalDate.of(2012, 3, 1);

  final FundingApplication project = FundingApplicationTests.readyDemo("200000", "100000.00");

  static FileTypes.Checked file(String name) {
    return new FileTypes.Checked(name, "application/pdf", new byte[] {1, 2, 3}, "ab");
  }

  Deliverable completionReport() {
    return new Deliverable(
        project,
        DeliverableKind.COMPLETION_REPORT,
        DeliveryParty.PROVIDER,
        file("report.pdf"),
        "p",
        DAY);
  }

  @Test
  void aReturnedFileIsReplacedAsANewRevisionAwaitingReviewWithTheCommentsInItsHistory() {
    Deliverable d = completionReport();
    d.returnWithComments(project, "  Page 3 is missing  ", "qa", DAY);
    assertThat(d.status()).isEqualTo(DeliverableStatus.RETURNED);
    d.replace(project, file("report-v2.pdf"), "p", DAY.plusDays(2));

    DeliverableView view = d.view("APP-1");
    assertThat(view.revision()).isEqualTo(2);
    assertThat(view.status()).isEqualTo(DeliverableStatus.SUBMITTED);
    assertThat(view.filename()).isEqualTo("report-v2.pdf");
    assertThat(view.history())
        .extracting(DeliverableView.Step::action)
        .containsExactly(
            DeliverableAction.UPLOADED, DeliverableAction.RETURNED, DeliverableAction.REPLACED);
    assertThat(view.history().get(1).note()).isEqualTo("Page 3 is missing");
  }

  @Test
  void refusesAReturnWithoutCommentsAndAReviewOfWhatIsNotAwaitingIt() {
    Deliverable d = completionReport();
    assertThatThrownBy(() -> d.returnWithComments(project, "  ", "qa", DAY))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("comments"));
    d.accept(project, null, "qa", DAY);
    assertThatThrownBy(() -> d.accept(project, "", "qa", DAY)).isInstanceOf(StateConflict.class);
    assertThatThrownBy(() -> d.returnWithComments(project, "late", "qa", DAY))
        .isInstanceOf(StateConflict.class);
  }

  @Test
  void anAcceptedDeliverableIsNoLongerReplaced() {
    Deliverable d = completionReport();
    d.accept(project, "Complete and signed", "qa", DAY);
    assertThatThrownBy(() -> d.replace(project, file("other.pdf"), "p", DAY))
        .isInstanceOfSatisfying(
            StateConflict.class, c -> assertThat(c.messageKey()).isEqualTo("deliverable.accepted"));
    assertThat(d.view("APP-1").reviewNote()).isEqualTo("Complete and signed");
  }

  @Test
  void refusesMoreRevisionsThanTheLimitSayingHowManyAreKept() {
    Deliverable d = completionReport();
    for (int i = 2; i <= Deliverable.MAX_REVISIONS; i++) {
      d.replace(project, file("r" + i + ".pdf"), "p", DAY);
    }
    assertThat(d.revision()).isEqualTo(Deliverable.MAX_REVISIONS);
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/application");
    messages.setDefaultEncoding("UTF-8");
    assertThatThrownBy(() -> d.replace(project, file("one-more.pdf"), "p", DAY))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("file");
              assertThat(messages.getMessage(v, Locale.ENGLISH))
                  .isEqualTo(
                      "A deliverable keeps at most "
                          + Deliverable.MAX_REVISIONS
                          + " revisions of its file.");
            });
  }

  @Test
  void eachSchemeDeliversItsOwnKinds() {
    assertThat(DeliverableKind.of(org.cppp.funding.Initiative.ASSESSMENT))
        .containsExactly(DeliverableKind.ASSESSMENT_REPORT);
    assertThat(DeliverableKind.of(org.cppp.funding.Initiative.DEMONSTRATION))
        .containsExactly(
            DeliverableKind.PROGRESS_REPORT,
            DeliverableKind.COMPLETION_REPORT,
            DeliverableKind.INVOICE,
            DeliverableKind.RECEIPT);
    assertThat(DeliverableKind.of(org.cppp.funding.Initiative.VERIFICATION))
        .containsExactly(DeliverableKind.MEASUREMENT_RECORD);
    assertThat(DeliverableKind.named("RECEIPT ")).isEqualTo(DeliverableKind.RECEIPT);
    assertThat(DeliverableKind.named("CHEQUE")).isNull();
  }
}
