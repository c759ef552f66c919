package org.cppp.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.HistoricalApplications;
import org.cppp.application.HistoricalLoad;
import org.cppp.factory.BrNumbers;
import org.cppp.factory.Factories;
import org.cppp.factory.Sector;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Scheme;
import org.cppp.provider.Providers;
import org.cppp.shared.TechnologyCategory;
import org.springframework.stereotype.Component;

/**
 * {@code applications}: applications decided before CPPP, keyed by reference, recorded as
 * historical decisions (an approved or completed one commits its government share by the rules of
 * its submission date) through a {@link HistoricalLoad}: checked rows are staged with {@code COPY}
 * during the first pass and written set-based at the end.
 */
@Component
class ApplicationImport implements DatasetImport {

  static final Set<ApplicationStatus> STATUSES =
      EnumSet.of(
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.APPROVED,
          ApplicationStatus.REJECTED,
          ApplicationStatus.WITHDRAWN,
          ApplicationStatus.COMPLETED);
  private static final int CACHE = 100_000;

  private final HistoricalApplications history;
  private final Factories factories;
  private final Providers providers;
  private final FundingRules rules;

  ApplicationImport(
      HistoricalApplications history,
      Factories factories,
      Providers providers,
      FundingRules rules) {
    this.history = history;
    this.factories = factories;
    this.providers = providers;
    this.rules = rules;
  }

  @Override
  public String name() {
    return "applications";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "reference",
        "scheme",
        "br_number",
        "provider_code",
        "total_cost_hkd",
        "submitted_on",
        "status",
        "decided_on",
        "technology");
  }

  @Override
  public Set<String> required() {
    return Set.of("reference", "scheme", "br_number", "total_cost_hkd", "submitted_on", "status");
  }

  @Override
  public String keyColumn() {
    return "reference";
  }

  @Override
  public int batchSize() {
    return 2000;
  }

  @Override
  public Session open() {
    LocalDate launch = rules.phases().get(0).effectiveFrom();
    Lru<String, Boolean> knownFactories = new Lru<>(CACHE);
    // the whole register in one query when it fits the cache, else one look-up per factory
    Map<String, Sector> register = factories.sectors(CACHE).orElse(null);
    Lru<String, Boolean> knownProviders = new Lru<>(CACHE);
    HistoricalLoad load = history.load();
    return new StagedSession() {
      private HistoricalApplication checked;

      @Override
      public String check(CsvRow row) {
        HistoricalApplication h = application(row, launch);
        checked = h;
        if (h == null) {
          return null;
        }
        boolean known =
            register != null
                ? register.containsKey(h.factoryBr())
                : knownFactories.get(h.factoryBr(), factories::exists);
        if (!known) {
          row.reject("br_number", "factory-unknown", h.factoryBr());
        }
        if (h.providerCode() != null
            && !knownProviders.get(h.providerCode(), c -> ProviderImport.exists(providers, c))) {
          row.reject("provider_code", "provider-unknown", h.providerCode());
        }
        return row.valid() ? h.reference() : null;
      }

      @Override
      public void stage(CsvRow row) {
        load.add(row.number(), checked);
      }

      @Override
      public List<long[]> repeats(int limit) {
        return load.repeats(limit);
      }

      @Override
      public int writeStaged(IntConsumer progress) {
        return load.finish(progress);
      }

      @Override
      public int write(List<CsvRow> rows) {
        List<HistoricalApplication> batch = new ArrayList<>(rows.size());
        rows.forEach(r -> batch.add(application(r, launch)));
        return history.recordAll(batch);
      }
    };
  }

  /** The legacy system knew the three launch schemes only. */
  private static final Set<String> LEGACY_SCHEMES =
      Scheme.launchSchemes().stream().map(Scheme::code).collect(Collectors.toSet());

  private static HistoricalApplication application(CsvRow row, LocalDate launch) {
    String reference = row.text("reference", true, 20);
    String code = row.code("scheme", LEGACY_SCHEMES, true);
    Scheme scheme = code == null ? null : Scheme.valueOf(code);
    String br = row.text("br_number", true, 8);
    if (br != null && !BrNumbers.valid(br)) {
      row.reject("br_number", "br-number", br);
    }
    String provider = row.text("provider_code", false, 20);
    BigDecimal cost = row.money("total_cost_hkd", true);
    LocalDate submittedOn = row.date("submitted_on", true);
    ApplicationStatus status = row.code("status", ApplicationStatus.class, true);
    if (status != null && !STATUSES.contains(status)) {
      row.reject("status", "code", status.name());
    }
    LocalDate decidedOn = row.date("decided_on", false);
    TechnologyCategory technology = row.code("technology", TechnologyCategory.class, false);
    if (submittedOn != null && submittedOn.isBefore(launch)) {
      row.reject("submitted_on", "before-launch", launch.toString());
    }
    if (!row.valid()) {
      return null;
    }
    checkDecision(row, status, submittedOn, decidedOn, cost);
    if (!row.valid()) {
      return null;
    }
    return new HistoricalApplication(
        reference,
        scheme,
        br,
        provider == null ? null : provider.toUpperCase(Locale.ROOT),
        cost,
        submittedOn,
        status,
        decidedOn,
        technology,
        null);
  }

  private static void checkDecision(
      CsvRow row,
      ApplicationStatus status,
      LocalDate submittedOn,
      LocalDate decidedOn,
      BigDecimal cost) {
    boolean needsDecision =
        status == ApplicationStatus.APPROVED
            || status == ApplicationStatus.REJECTED
            || status == ApplicationStatus.COMPLETED;
    if (needsDecision && decidedOn == null) {
      row.reject("decided_on", "required");
    }
    if (status == ApplicationStatus.SUBMITTED && decidedOn != null) {
      row.reject("decided_on", "not-decided");
    }
    if (decidedOn != null && decidedOn.isBefore(submittedOn)) {
      row.reject("decided_on", "before", "submitted_on");
    }
    boolean commits =
        decidedOn != null
            && status != ApplicationStatus.REJECTED
            && status != ApplicationStatus.SUBMITTED;
    if (commits && cost.signum() == 0) {
      row.reject("total_cost_hkd", "approved-without-cost");
    }
  }
}
