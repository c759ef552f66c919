package org.cppp.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.Factories;
import org.cppp.funding.Budget;
import org.cppp.funding.Commitment;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Phase;
import org.cppp.funding.Quote;
import org.cppp.funding.Scheme;
import org.cppp.funding.SchemeRule;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records applications decided before CPPP ran the programme (legacy spreadsheets, the demo) in
 * their final state. An approved (or later completed or withdrawn) one commits its government
 * share, computed by the rules of its submission date, on its decision date. Recording the same
 * reference again changes nothing.
 */
@Service
@Transactional
public class HistoricalApplications {

  static final Set<ApplicationStatus> RECORDABLE =
      EnumSet.of(
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.APPROVED,
          ApplicationStatus.REJECTED,
          ApplicationStatus.WITHDRAWN,
          ApplicationStatus.COMPLETED);

  private final FundingApplicationRepository applications;
  private final Factories factories;
  private final FundingRules rules;
  private final Initiatives initiatives;
  private final Budget budget;
  private final AuditTrail audit;
  private final HistoricalBatch batch;
  private final SectorCache sectors;
  private final Clock clock;
  private final DataSource dataSource;
  private final JdbcClient jdbc;

  HistoricalApplications(
      FundingApplicationRepository applications,
      Factories factories,
      FundingRules rules,
      Initiatives initiatives,
      Budget budget,
      AuditTrail audit,
      HistoricalBatch batch,
      SectorCache sectors,
      Clock clock,
      DataSource dataSource,
      JdbcClient jdbc) {
    this.applications = applications;
    this.factories = factories;
    this.rules = rules;
    this.initiatives = initiatives;
    this.budget = budget;
    this.audit = audit;
    this.batch = batch;
    this.sectors = sectors;
    this.clock = clock;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** Whether an application with this reference is already recorded. */
  @PreAuthorize(ApplicationPolicy.MANAGE)
  @Transactional(readOnly = true)
  public boolean exists(String reference) {
    return applications.findByReference(reference).isPresent();
  }

  /**
   * Records one historical application; returns {@code false} if its reference was already recorded
   * (and leaves it as it is).
   */
  @PreAuthorize(ApplicationPolicy.MANAGE)
  public boolean record(HistoricalApplication h) {
    if (applications.findByReference(h.reference()).isPresent()) {
      return false;
    }
    check(h);
    LocalDate today = LocalDate.now(clock);
    Quote quote = rules.quote(h.scheme(), h.totalCostHkd(), h.submittedOn());
    int months = rules.ruleOn(h.scheme(), h.submittedOn()).completionMonths();
    String sector = factories.summary(h.factoryBr()).sector().name();
    FundingApplication application =
        FundingApplication.historical(
            h,
            sector,
            new FundingApplication.Rules(
                quote.governmentShareHkd(), quote.phase(), months, initiatives.of(h.scheme())),
            CurrentUser.current().username(),
            today);
    applications.save(application);
    commit(application, h, today);
    audit.record(
        FundingApplications.AUDIT_TYPE,
        h.reference(),
        "RECORDED_FROM_HISTORY",
        Map.of("status", h.status().name(), "decidedOn", String.valueOf(h.decidedOn())));
    return true;
  }

  /**
   * Records many historical applications at once (bulk imports), each exactly as {@link #record}
   * would: references already recorded are skipped, the rest are checked like {@code record}
   * (refusing the whole batch on the first mistake), inserted with their timelines and cost items
   * in one statement per table, and the approved ones' shares committed in one budget batch. The
   * factories' sectors are cached for the rest of the transaction, so call it with batches of a few
   * thousand inside one transaction.
   *
   * @return how many were recorded (new ones)
   */
  @PreAuthorize(ApplicationPolicy.MANAGE)
  public int recordAll(List<HistoricalApplication> batchOfApplications) {
    if (batchOfApplications.isEmpty()) {
      return 0;
    }
    Set<String> existing =
        new HashSet<>(
            batch.existing(
                batchOfApplications.stream().map(HistoricalApplication::reference).toList()));
    Context context = context();
    LocalDate today = context.today();
    List<FundingApplication> fresh = new ArrayList<>();
    List<HistoricalApplication> recorded = new ArrayList<>();
    for (HistoricalApplication h : batchOfApplications) {
      if (!existing.add(h.reference())) {
        continue;
      }
      fresh.add(historicalOf(h, context));
      recorded.add(h);
    }
    if (fresh.isEmpty()) {
      return 0;
    }
    batch.insert(fresh);
    commitAll(fresh, recorded, today);
    Map<String, Map<String, String>> trail = new LinkedHashMap<>();
    recorded.forEach(
        h ->
            trail.put(
                h.reference(),
                Map.of("status", h.status().name(), "decidedOn", String.valueOf(h.decidedOn()))));
    audit.recordEach(FundingApplications.AUDIT_TYPE, "RECORDED_FROM_HISTORY", trail);
    return fresh.size();
  }

  /**
   * Starts a bulk load in the current transaction (imports of many rows): the applications are
   * staged with {@code COPY} and written set-based when it is {@linkplain HistoricalLoad#finish
   * finished}, each exactly as {@link #record} would record it; nothing is written if the
   * transaction rolls back.
   */
  @PreAuthorize(ApplicationPolicy.MANAGE)
  public HistoricalLoad load() {
    // the register's sectors in one query rather than one look-up per factory (if it fits)
    factories
        .sectors(SectorCache.SIZE)
        .ifPresent(
            register -> {
              Map<String, String> byBr = new java.util.HashMap<>(register.size() * 2);
              register.forEach((br, sector) -> byBr.put(br, sector.name()));
              sectors.remember(byBr);
            });
    return new HistoricalLoad(this, dataSource, jdbc);
  }

  /** What many applications recorded at once share: the phases, the actor and today. */
  record Context(List<Phase> phases, String actor, LocalDate today) {}

  Context context() {
    return new Context(rules.phases(), CurrentUser.current().username(), LocalDate.now(clock));
  }

  /** The aggregate {@link #record} would store for {@code h}, checked and built by the rules. */
  FundingApplication historicalOf(HistoricalApplication h, Context context) {
    check(h);
    SchemeRule rule = ruleOn(context.phases(), h);
    String sector = sectors.sectorOf(h.factoryBr(), factories);
    BigDecimal share = rule.governmentShareOf(h.totalCostHkd().setScale(2));
    return FundingApplication.historical(
        h,
        sector,
        new FundingApplication.Rules(
            share,
            phaseName(context.phases(), h),
            rule.completionMonths(),
            initiatives.of(h.scheme())),
        context.actor(),
        context.today());
  }

  /** A withdrawn one's share committed on its decision and released today, as {@link #record}. */
  void commitWithdrawn(String reference, Scheme scheme, BigDecimal share, LocalDate decidedOn) {
    budget.commit(reference, scheme, share, decidedOn);
    if (share.signum() > 0) {
      budget.release(
          reference, share, LocalDate.now(clock), "withdrawn (recorded from legacy data)");
    }
  }

  /** Commits approved ones' shares in one budget batch and audits each recorded application. */
  void commitAndAudit(List<Commitment> commitments, Map<String, Map<String, String>> trail) {
    budget.commitAll(commitments);
    audit.recordEach(FundingApplications.AUDIT_TYPE, "RECORDED_FROM_HISTORY", trail);
  }

  private void commitAll(
      List<FundingApplication> fresh, List<HistoricalApplication> recorded, LocalDate today) {
    List<Commitment> commitments = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      HistoricalApplication h = recorded.get(i);
      boolean approved = h.decidedOn() != null && h.status() != ApplicationStatus.REJECTED;
      if (!approved || h.status() == ApplicationStatus.SUBMITTED) {
        continue;
      }
      if (h.status() == ApplicationStatus.WITHDRAWN) {
        commit(fresh.get(i), h, today);
      } else {
        commitments.add(
            new Commitment(
                h.reference(), h.scheme(), fresh.get(i).approvedAmountHkd(), h.decidedOn()));
      }
    }
    budget.commitAll(commitments);
  }

  private static SchemeRule ruleOn(List<Phase> phases, HistoricalApplication h) {
    return phaseOn(phases, h).rule(h.scheme());
  }

  private static String phaseName(List<Phase> phases, HistoricalApplication h) {
    return phaseOn(phases, h).name();
  }

  private static Phase phaseOn(List<Phase> phases, HistoricalApplication h) {
    return phases.stream()
        .filter(p -> p.covers(h.submittedOn()))
        .findFirst()
        .orElseThrow(() -> new RuleViolation("submittedOn", "history.submitted-on.before-launch"));
  }

  private void commit(FundingApplication application, HistoricalApplication h, LocalDate today) {
    boolean approved = h.decidedOn() != null && h.status() != ApplicationStatus.REJECTED;
    if (!approved || h.status() == ApplicationStatus.SUBMITTED) {
      return;
    }
    BigDecimal granted = application.approvedAmountHkd();
    BigDecimal committed =
        h.status() == ApplicationStatus.WITHDRAWN
            ? application.view(today).governmentShareHkd()
            : granted;
    budget.commit(h.reference(), h.scheme(), committed, h.decidedOn());
    if (h.status() == ApplicationStatus.WITHDRAWN && committed.signum() > 0) {
      budget.release(h.reference(), committed, today, "withdrawn (recorded from legacy data)");
    }
  }

  private static void check(HistoricalApplication h) {
    if (!RECORDABLE.contains(h.status())) {
      throw new RuleViolation("status", "history.status", h.status());
    }
    boolean needsDecision =
        h.status() == ApplicationStatus.APPROVED
            || h.status() == ApplicationStatus.REJECTED
            || h.status() == ApplicationStatus.COMPLETED;
    if (needsDecision && h.decidedOn() == null) {
      throw new RuleViolation("decidedOn", "history.decided-on.required");
    }
    if (h.status() == ApplicationStatus.SUBMITTED && h.decidedOn() != null) {
      throw new RuleViolation("decidedOn", "history.decided-on.unexpected");
    }
    if (h.decidedOn() != null && h.decidedOn().isBefore(h.submittedOn())) {
      throw new RuleViolation("decidedOn", "history.decided-on.before-submission");
    }
  }
}
