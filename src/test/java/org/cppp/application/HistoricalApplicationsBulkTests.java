package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cppp.funding.Budget;
import org.cppp.funding.LedgerEntryView;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class HistoricalApplicationsBulkTests {

  @Autowired HistoricalApplications history;
  @Autowired FundingApplications applications;
  @Autowired Budget budget;
  @Autowired Fixtures fixtures;

  static String ref() {
    return "B-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static HistoricalApplication legacy(String ref, String br, ApplicationStatus status) {
    return new HistoricalApplication(
        ref,
        Scheme.DEMONSTRATION_PROJECT,
        br,
        null,
        new BigDecimal("400000.00"),
        LocalDate.of(2010, 5, 3),
        status,
        status == ApplicationStatus.SUBMITTED ? null : LocalDate.of(2010, 7, 15),
        TechnologyCategory.VOC_REDUCTION,
        null);
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationStatus.class,
      names = {"SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN", "COMPLETED"})
  void recordingInBulkGivesWhatRecordingOneByOneGives(ApplicationStatus status) {
    String br = fixtures.eligibleFactory();
    String one = ref();
    String bulk = ref();
    SystemActor.run(() -> history.record(legacy(one, br, status)));
    int recorded =
        SystemActor.call(
            () -> history.recordAll(List.of(legacy(bulk, br, status), legacy(one, br, status))));

    assertThat(recorded).isEqualTo(1);
    ApplicationView a = SystemActor.call(() -> applications.get(one));
    ApplicationView b = SystemActor.call(() -> applications.get(bulk));
    assertThat(b).usingRecursiveComparison().ignoringFields("reference", "title").isEqualTo(a);
    assertThat(timeline(bulk)).isEqualTo(timeline(one));
    assertThat(ledger(bulk)).isEqualTo(ledger(one));
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationStatus.class,
      names = {"APPROVED"})
  void recordingTheSameBatchAgainAddsNothing(ApplicationStatus status) {
    String br = fixtures.eligibleFactory();
    List<HistoricalApplication> batch =
        List.of(legacy(ref(), br, status), legacy(ref(), br, status));
    assertThat(SystemActor.call(() -> history.recordAll(batch))).isEqualTo(2);
    assertThat(SystemActor.call(() -> history.recordAll(batch))).isZero();
    assertThat(ledger(batch.get(0).reference())).hasSize(1);
  }

  private List<String> timeline(String ref) {
    return SystemActor.call(() -> applications.timeline(ref)).stream()
        .map(t -> t.from() + ">" + t.to() + "@" + t.effectiveOn())
        .toList();
  }

  private List<String> ledger(String ref) {
    return SystemActor.call(() -> budget.entriesFor(ref)).stream().map(this::entry).toList();
  }

  private String entry(LedgerEntryView e) {
    return e.kind() + " " + e.amountHkd() + " " + e.effectiveOn();
  }
}
