package org.cppp.verification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.application.ApplicationPayments;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.application.HistoricalApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.FundingRules;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results verified before CPPP ran verification: legacy results (the annual figures as signed then,
 * for a completed demonstration project or verification that has no case here) and QA's signature
 * on a case recorded on the day it was given on paper. Both count in the outcomes from the day
 * signed and, as a signature does, let a demonstration project be completed and finally paid;
 * neither mails anyone. Every record is audited and on the application's activity feed.
 */
@Service
@Transactional
public class LegacyResults {

  private static final String AUDIT_TYPE = "verification-result";

  private final Verifiable verifiable;
  private final HistoricalApplications history;
  private final FundingApplications applications;
  private final Cases cases;
  private final CaseLookup lookup;
  private final ResultSnapshots snapshots;
  private final LegacySnapshots legacy;
  private final Signatures signatures;
  private final FundingRules rules;
  private final AuditTrail audit;
  private final ApplicationPayments payments;
  private final Clock clock;

  LegacyResults(
      Verifiable verifiable,
      HistoricalApplications history,
      FundingApplications applications,
      Cases cases,
      CaseLookup lookup,
      ResultSnapshots snapshots,
      LegacySnapshots legacy,
      Signatures signatures,
      FundingRules rules,
      AuditTrail audit,
      ApplicationPayments payments,
      Clock clock) {
    this.verifiable = verifiable;
    this.history = history;
    this.applications = applications;
    this.cases = cases;
    this.lookup = lookup;
    this.snapshots = snapshots;
    this.legacy = legacy;
    this.signatures = signatures;
    this.rules = rules;
    this.audit = audit;
    this.payments = payments;
    this.clock = clock;
  }

  /**
   * The mistakes of a legacy result, none if it can be recorded; each names its field ({@code
   * reference}, {@code signedOn}, {@code electricityKwh}, ...). Returned, not thrown, so an import
   * lists every row's mistakes.
   */
  @PreAuthorize(VerificationPolicy.KEEP)
  @Transactional(readOnly = true)
  public List<RuleViolation> problems(LegacyResult r) {
    List<RuleViolation> problems = new ArrayList<>();
    reference(r.reference(), problems);
    LocalDate launch = rules.phases().get(0).effectiveFrom();
    LocalDate today = LocalDate.now(clock);
    if (r.signedOn() == null) {
      problems.add(new RuleViolation("signedOn", "verification.legacy.signed-on.required"));
    } else if (r.signedOn().isBefore(launch) || r.signedOn().isAfter(today)) {
      problems.add(
          new RuleViolation("signedOn", "verification.legacy.signed-on.range", launch, today));
    }
    for (Figure f : figures(r)) {
      BigDecimal v = f.value();
      if (v.signum() < 0 || !fits(f)) {
        problems.add(new RuleViolation(f.field(), "verification.legacy.figure", f.scale()));
      }
    }
    return problems;
  }

  /** Whether a figure has at most 12 integer digits and its own decimals (the one number rule). */
  private static boolean fits(Figure f) {
    try {
      DecimalInput.within(f.field(), f.value(), DecimalInput.INTEGER_DIGITS, f.scale());
      return true;
    } catch (RuleViolation e) {
      return false;
    }
  }

  /**
   * Records a legacy result; {@code false} (and nothing changed) when one is already recorded for
   * the application. Refuses a result with mistakes ({@link #problems}).
   */
  @PreAuthorize(VerificationPolicy.KEEP)
  public boolean record(LegacyResult r) {
    List<RuleViolation> problems = problems(r);
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    String reference = r.reference().strip();
    if (legacy.recorded(reference)) {
      return false;
    }
    ApplicationView application = applications.get(reference);
    String actor = CurrentUser.current().username();
    long id = legacy.save(r, application, actor);
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("snapshot", id);
    changes.put("signedOn", r.signedOn().toString());
    for (Figure f : figures(r)) {
      changes.put(f.field(), f.value().toPlainString());
    }
    audit.record(AUDIT_TYPE, reference, "IMPORTED", changes);
    payments.verificationRecorded(reference);
    return true;
  }

  /**
   * QA records the signature given on a case on an earlier day (from the signed paper): as {@link
   * VerificationCases#sign} but dated {@code signedOn}, which is neither in the future nor before
   * the reporting period's last day. Tells no one (the factory was told then).
   */
  @PreAuthorize(VerificationPolicy.SIGN)
  public SnapshotView signedOn(long id, LocalDate signedOn) {
    VerificationCase c = CaseAccess.signable(lookup.scope(), lookup.find(id));
    if (signedOn == null) {
      throw new RuleViolation("signedOn", "verification.legacy.signed-on.required");
    }
    if (signedOn.isAfter(LocalDate.now(clock)) || signedOn.isBefore(c.reportingTo())) {
      throw new RuleViolation(
          "signedOn", "verification.signed-on.range", c.reportingTo(), LocalDate.now(clock));
    }
    signatures.sign(c, CurrentUser.current().username(), signedOn, "SIGNED_FROM_HISTORY");
    return snapshots.asAt(id, signedOn).orElseThrow();
  }

  private void reference(String reference, List<RuleViolation> problems) {
    if (reference == null || reference.isBlank()) {
      problems.add(new RuleViolation("reference", "verification.legacy.reference.required"));
      return;
    }
    String ref = reference.strip();
    if (!history.exists(ref)) {
      problems.add(new RuleViolation("reference", "verification.legacy.unknown", ref));
      return;
    }
    ApplicationView a = applications.get(ref);
    if (!verifiable.completedImprovement(a)) {
      problems.add(new RuleViolation("reference", "verification.legacy.not-completed", ref));
    } else if (cases.existsByApplicationRef(ref)) {
      problems.add(new RuleViolation("reference", "verification.legacy.has-case", ref));
    }
  }

  private static List<Figure> figures(LegacyResult r) {
    return List.of(
        new Figure("electricityKwh", r.electricityKwh(), 3),
        new Figure("co2Tonnes", r.co2Tonnes(), 6),
        new Figure("noxTonnes", r.noxTonnes(), 6),
        new Figure("so2Tonnes", r.so2Tonnes(), 6),
        new Figure("vocTonnes", r.vocTonnes(), 6),
        new Figure("pmTonnes", r.pmTonnes(), 6),
        new Figure("wastewaterM3", r.wastewaterM3(), 4),
        new Figure("costSavingHkd", r.costSavingHkd(), 2));
  }

  /** A figure of a legacy result and the decimals its column keeps. */
  private record Figure(String field, BigDecimal value, int scale) {}
}
