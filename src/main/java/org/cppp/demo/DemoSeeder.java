package org.cppp.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.HistoricalApplications;
import org.cppp.demo.DemoProviders.DemoProvider;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.funding.Budget;
import org.cppp.funding.NewCommitment;
import org.cppp.identity.Users;
import org.cppp.platform.Deployment;
import org.cppp.platform.SystemActor;
import org.cppp.provider.Providers;
import org.cppp.shared.FinancialYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the demo on, loads the demo programme once (after the administrator account exists) as the
 * system, in transactions of {@value #BATCH} records, and prints the demo accounts at every start.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

  static final int BATCH = 200;
  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final Deployment deployment;
  private final Factories factories;
  private final Providers providers;
  private final HistoricalApplications history;
  private final Users users;
  private final Budget budget;
  private final LiveApplications live;
  private final LaterPhases laterPhases;
  private final DemoPayments payments;
  private final DemoOutreach outreach;
  private final DemoCommittee committee;
  private final DemoVerifications verifications;
  private final DemoLegacyResults legacyResults;
  private final DemoDelivery delivery;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;
  private final EntityManager entities;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  DemoSeeder(
      Deployment deployment,
      Factories factories,
      Providers providers,
      HistoricalApplications history,
      Users users,
      Budget budget,
      LiveApplications live,
      LaterPhases laterPhases,
      DemoPayments payments,
      DemoOutreach outreach,
      DemoCommittee committee,
      DemoVerifications verifications,
      DemoLegacyResults legacyResults,
      DemoDelivery delivery,
      TransactionTemplate transactions,
      JdbcClient jdbc,
      EntityManager entities,
      Clock clock,
      ApplicationEventPublisher events) {
    this.deployment = deployment;
    this.factories = factories;
    this.providers = providers;
    this.history = history;
    this.users = users;
    this.budget = budget;
    this.live = live;
    this.laterPhases = laterPhases;
    this.payments = payments;
    this.outreach = outreach;
    this.committee = committee;
    this.verifications = verifications;
    this.legacyResults = legacyResults;
    this.delivery = delivery;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.entities = entities;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!deployment.demo()) {
      return;
    }
    if (!loaded()) {
      // Pages answer while the demo loads, but a load balancer must not send users yet: readiness
      // refuses traffic (OUT_OF_SERVICE); Boot accepts it once every runner is done.
      AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
      load();
    }
    log.info(DemoAccounts.table());
  }

  boolean loaded() {
    return jdbc.sql("select exists (select 1 from demo_programme)").query(Boolean.class).single();
  }

  private void load() {
    long started = System.nanoTime();
    log.info("Loading the demo programme (once; about half a minute)...");
    List<FactoryDetails> factoryList = DemoFactories.generate();
    List<DemoProvider> providerList = DemoProviders.generate();
    List<HistoricalApplication> decided = DemoApplications.generate(factoryList, providerList);
    List<LiveApplications.Live> livePlan = LiveApplications.plan(factoryList);
    inChunks("factories", factoryList, factories::registerAll);
    inBatches("providers", providerList, this::register);
    inChunks("decided applications", decided, history::recordAll);
    extendTheProgrammePeriod();
    inBatches("accounts", DemoAccounts.ALL, a -> users.create(a.newUser()));
    laterPhases.seed();
    int liveCount = live.create(livePlan);
    long verifiedStarted = System.nanoTime();
    Map<String, Sector> sectors =
        factoryList.stream()
            .collect(Collectors.toMap(FactoryDetails::brNumber, FactoryDetails::sector));
    int verified = verifications.seed(decided, sectors);
    int legacy = legacyResults.record(decided);
    log.info(
        "  {} verified results and {} legacy results in {} ms",
        verified,
        legacy,
        (System.nanoTime() - verifiedStarted) / 1_000_000);
    inBatches(
        "payments",
        decided.stream().filter(h -> h.status() == ApplicationStatus.COMPLETED).toList(),
        payments::pay);
    BigDecimal finalPayment = delivery.carry(DemoApplications.carried(decided));
    log.info("  a demonstration project delivered, verified and paid HK${}", finalPayment);
    long outreachStarted = System.nanoTime();
    SystemActor.run(
        () ->
            transactions.executeWithoutResult(
                status -> {
                  outreach.seed(new Random(2011));
                  committee.seed();
                }));
    log.info(
        "  outreach, guidebooks, stories, the 2011 partners and the committee in {} ms",
        (System.nanoTime() - outreachStarted) / 1_000_000);
    double seconds = (System.nanoTime() - started) / 1e9;
    transactions.executeWithoutResult(
        status ->
            jdbc.sql("insert into demo_programme (id, seconds) values (1, ?)")
                .param(BigDecimal.valueOf(seconds).setScale(1, java.math.RoundingMode.HALF_UP))
                .update());
    BigDecimal committed = SystemActor.call(() -> budget.summary().committedHkd());
    log.info(
        "Demo programme loaded in {} s: {} factories, {} providers, {} decided and {} live"
            + " applications; HK${} of the HK${} budget committed",
        String.format("%.1f", seconds),
        factoryList.size(),
        providerList.size(),
        decided.size(),
        liveCount,
        committed.toPlainString(),
        SeedFigures.BUDGET_HKD.toPlainString());
  }

  /**
   * The seed paper's account ran to March 2013; the programme was extended since. The demo records
   * an extension to the end of the financial year two years on, as an officer would (unless the
   * account already runs that long), so the demo's live applications can still be decided at its
   * meetings.
   */
  private void extendTheProgrammePeriod() {
    LocalDate to = FinancialYear.containing(LocalDate.now(clock)).next().next().end();
    SystemActor.run(
        () -> {
          boolean ends =
              budget.accounts().stream()
                  .anyMatch(
                      a -> a.code().equals(Budget.PROGRAMME_ACCOUNT) && a.periodTo().isBefore(to));
          if (ends) {
            budget.recordCommitment(
                Budget.PROGRAMME_ACCOUNT, new NewCommitment(null, null, to, EXTENSION_NOTE));
          }
        });
  }

  static final String EXTENSION_NOTE =
      "Demo: the programme extended beyond the seed paper's period so that live applications can be"
          + " decided";

  private void register(DemoProvider provider) {
    providers.register(provider.details());
    if (provider.removedOn() != null) {
      providers.remove(provider.code(), provider.removedOn(), SeedFigures.REMOVAL_REASON);
    }
  }

  /**
   * Saves the records in transactions of {@value #BATCH}, each batch with one call (a bulk method
   * that writes set-based, e.g. {@link HistoricalApplications#recordAll}).
   */
  private <T> void inChunks(String what, List<T> records, Consumer<List<T>> save) {
    long started = System.nanoTime();
    for (int from = 0; from < records.size(); from += BATCH) {
      List<T> batch = records.subList(from, Math.min(records.size(), from + BATCH));
      SystemActor.run(
          () ->
              transactions.executeWithoutResult(
                  status -> {
                    save.accept(batch);
                    entities.flush();
                    entities.clear();
                  }));
    }
    log.info("  {} {} in {} ms", records.size(), what, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Saves the records in transactions of {@value #BATCH}; after each record the persistence context
   * is flushed and emptied, as every later query would otherwise dirty-check all the batch's
   * entities again.
   */
  private <T> void inBatches(String what, List<T> records, Consumer<T> save) {
    long started = System.nanoTime();
    for (int from = 0; from < records.size(); from += BATCH) {
      List<T> batch = records.subList(from, Math.min(records.size(), from + BATCH));
      SystemActor.run(
          () ->
              transactions.executeWithoutResult(
                  status ->
                      batch.forEach(
                          record -> {
                            save.accept(record);
                            entities.flush();
                            entities.clear();
                          })));
    }
    log.info("  {} {} in {} ms", records.size(), what, (System.nanoTime() - started) / 1_000_000);
  }
}
