package org.cppp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.demo.DemoProviders.DemoProvider;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.provider.ProviderBase;
import org.cppp.shared.FinancialYear;
import org.junit.jupiter.api.Test;

/** The generators alone: deterministic, and their data already meet the paper's figures. */
class DemoGeneratorsTests {

  private final List<FactoryDetails> factories = DemoFactories.generate();
  private final List<DemoProvider> providers = DemoProviders.generate();
  private final List<HistoricalApplication> decided =
      DemoApplications.generate(factories, providers);

  @Test
  void generatesTheSameDataEveryTime() {
    assertThat(DemoFactories.generate()).isEqualTo(factories);
    assertThat(DemoProviders.generate()).isEqualTo(providers);
    assertThat(DemoApplications.generate(factories, providers)).isEqualTo(decided);
  }

  @Test
  void factoriesHaveUniqueBrNumbersAndAFewAreIneligible() {
    assertThat(factories).hasSize(SeedFigures.FACTORIES);
    assertThat(factories.stream().map(FactoryDetails::brNumber).distinct())
        .hasSize(factories.size());
    long ineligible = factories.stream().filter(f -> !DemoFactories.eligible(f)).count();
    assertThat(ineligible).isBetween(30L, 60L);
  }

  @Test
  void providersOnTheListAtTheReportDateAreThePapersByBase() {
    LocalDate asAt = SeedFigures.REPORT_DATE;
    Map<ProviderBase, Long> byBase =
        providers.stream()
            .filter(p -> !p.details().joinedOn().isAfter(asAt))
            .filter(p -> p.removedOn() == null || p.removedOn().isAfter(asAt))
            .collect(Collectors.groupingBy(p -> p.details().base(), Collectors.counting()));
    assertThat(byBase)
        .containsEntry(ProviderBase.HONG_KONG, 96L)
        .containsEntry(ProviderBase.PRD, 56L)
        .containsEntry(ProviderBase.OTHER, 6L);
    FinancialYear year = SeedFigures.REPORT_YEAR;
    assertThat(providers.stream().filter(p -> year.contains(p.details().joinedOn()))).hasSize(17);
    assertThat(providers.stream().filter(p -> p.removedOn() != null))
        .hasSize(14)
        .allMatch(p -> year.contains(p.removedOn()))
        .allMatch(p -> p.details().base() == ProviderBase.PRD)
        .allMatch(p -> p.details().gdeicValidUntil().getYear() == 2010);
  }

  @Test
  void approvalsPerSchemeAndYearAreThePapers() {
    for (Scheme scheme : Scheme.launchSchemes()) {
      for (int y = 0; y < 4; y++) {
        FinancialYear year = SeedFigures.YEARS.get(y);
        long approved =
            decided.stream()
                .filter(a -> scheme.equals(a.scheme()) && a.status() != ApplicationStatus.REJECTED)
                .filter(a -> year.contains(a.decidedOn()))
                .count();
        assertThat(approved)
            .as(scheme + " " + year)
            .isEqualTo(SeedFigures.APPROVED.get(scheme).get(y).longValue());
      }
    }
    assertThat(decided.stream().map(HistoricalApplication::reference).distinct())
        .hasSize(decided.size());
    // two overdue, and the demo applicant's demonstration project DemoDelivery carries through
    assertThat(decided.stream().filter(a -> a.status() == ApplicationStatus.APPROVED)).hasSize(3);
    assertThat(DemoApplications.carried(decided).factoryBr()).isEqualTo(DemoFactories.APPLICANT_BR);
    assertThat(decided.stream().filter(a -> a.status() == ApplicationStatus.WITHDRAWN))
        .hasSizeBetween(3, 8);
  }

  @Test
  void everyEngagedProviderWasOnTheListWhenTheApplicationWasSubmitted() {
    Map<String, DemoProvider> byCode =
        providers.stream().collect(Collectors.toMap(DemoProvider::code, p -> p));
    Map<String, FactoryDetails> factoryByBr =
        factories.stream().collect(Collectors.toMap(FactoryDetails::brNumber, f -> f));
    for (HistoricalApplication a : decided) {
      if (!Scheme.VERIFICATION.equals(a.scheme())) {
        assertThat(byCode.get(a.providerCode()).engageableOn(a.submittedOn())).isTrue();
      }
      FactoryDetails factory = factoryByBr.get(a.factoryBr());
      assertThat(DemoFactories.eligible(factory)).isTrue();
      assertThat(factory.registeredOn()).isBeforeOrEqualTo(a.submittedOn());
      assertThat(a.decidedOn())
          .isIn(SeedFigures.MEETINGS.get(FinancialYear.containing(a.decidedOn())));
    }
  }

  @Test
  void participatingSectorsComeLargestFirstAsInThePaper() {
    Map<String, Sector> sectorOf =
        factories.stream()
            .collect(Collectors.toMap(FactoryDetails::brNumber, FactoryDetails::sector));
    Set<String> participants = new HashSet<>();
    decided.stream()
        .filter(a -> a.status() != ApplicationStatus.REJECTED)
        .forEach(a -> participants.add(a.factoryBr()));
    Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
    participants.forEach(br -> bySector.merge(sectorOf.get(br), 1L, Long::sum));
    List<Sector> order =
        bySector.entrySet().stream()
            .sorted(Map.Entry.<Sector, Long>comparingByValue(Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(order.subList(0, 4))
        .containsExactly(
            Sector.METAL_AND_METAL_PRODUCTS,
            Sector.TEXTILES,
            Sector.CHEMICAL_PRODUCTS,
            Sector.PRINTING_AND_PUBLISHING);
  }

  @Test
  void theStartUpTableListsEveryDemoAccountWithItsRole() {
    String table = DemoAccounts.table();
    assertThat(table).contains("demo-password", "admin");
    for (DemoAccounts.Account account : DemoAccounts.ALL) {
      assertThat(table).containsPattern(account.username() + " +\\| " + account.role());
    }
    assertThat(table).contains("Pearl River Metal Works Ltd", "Greenfield Environmental");
  }

  @Test
  void theLiveApplicationsHaveTheirFactories() {
    // twelve of the demo's own factories, three of the later phases' applicants (LaterPhases)
    assertThat(LiveApplications.plan(factories)).hasSize(15);
    assertThat(LiveApplications.plan(factories))
        .extracting(LiveApplications.Live::factoryBr)
        .contains(
            LaterPhases.WORKSHOP_BR, LaterPhases.ASSOCIATION_BR, LaterPhases.MEIZHOU_FACTORY_BR);
  }
}
