package org.cppp.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.AddOnlyRows;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding module's rules facade: the phases and their per-scheme rules, the rule in force on a
 * date, quotes of the Government's share, and adding a new phase. The rules are public information,
 * so reading them needs no sign-in.
 */
@Service
@Transactional
public class FundingRules {

  static final String AUDIT_TYPE = "funding-phase";
  static final String SCHEME_AUDIT_TYPE = "funding-scheme";

  private final FundingPhases phases;
  private final AddOnlyRows<RuleBook> book;
  private final FundingSchemes schemes;
  private final SchemeCache catalogue;
  private final AuditTrail audit;
  private final Clock clock;

  FundingRules(
      FundingPhases phases,
      FundingSchemes schemes,
      SchemeCache catalogue,
      AuditTrail audit,
      Clock clock,
      JdbcClient jdbc) {
    this.phases = phases;
    // phases are only added (addPhase), so held until one is: a quote asks one count, not them all
    this.book =
        new AddOnlyRows<>(
            jdbc, "funding_phase", () -> RuleBook.of(phases.findAllByOrderByEffectiveFromAsc()));
    this.schemes = schemes;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The scheme catalogue (a handful of schemes), launch schemes first, then by code; held in memory
   * ({@link SchemeCache}), so a caller may ask per row.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<SchemeDefinition> schemes() {
    return catalogue.all();
  }

  /**
   * The catalogue's scheme of a code, as a form or the API names it; refuses (field {@code scheme})
   * a code of the wrong form or one the catalogue does not define.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public SchemeDefinition scheme(String code) {
    Scheme scheme;
    try {
      scheme = Scheme.valueOf(code == null ? "" : code);
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("scheme", "funding.quote.scheme.required");
    }
    return scheme(scheme);
  }

  /**
   * The catalogue's definition of a scheme; refuses (field {@code scheme}) one it lacks. Held in
   * memory ({@link SchemeCache}): asking per row of a list or report asks no query.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public SchemeDefinition scheme(Scheme scheme) {
    if (scheme == null) {
      throw new RuleViolation("scheme", "funding.quote.scheme.required");
    }
    return catalogue
        .find(scheme)
        .orElseThrow(() -> new RuleViolation("scheme", "funding.scheme.unknown", scheme));
  }

  /**
   * Defines a scheme in the catalogue; a phase may then fund it. Refuses (naming the field) a code
   * of the wrong form or already defined, an unknown initiative or applicant, a missing name.
   */
  @PreAuthorize(FundingPolicy.DEFINE_SCHEME)
  public SchemeDefinition defineScheme(NewScheme scheme) {
    boolean taken =
        scheme.code() != null && schemes.existsById(SchemeCatalogue.code(scheme.code()).code());
    FundingScheme admitted = SchemeCatalogue.admit(scheme, taken, clock.instant());
    schemes.saveAndFlush(admitted);
    SchemeDefinition view = admitted.view();
    audit.record(SCHEME_AUDIT_TYPE, view.code().code(), "CREATED", admitted.snapshot());
    return view;
  }

  /**
   * A phase's name, given as recorded (in English, e.g. on an application), in the reader's
   * language of the three; the name itself when no phase has it.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public String phaseName(String name, Locale locale) {
    return phases().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .map(p -> p.name(locale))
        .orElse(name);
  }

  /** All phases, oldest first, each with its derived end date and its rules. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<Phase> phases() {
    return book().phases();
  }

  /**
   * The phase in force on a date; a date before the launch phase is refused (field {@code date}).
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Phase phaseOn(LocalDate date) {
    return book().inForce(date == null ? LocalDate.now(clock) : date);
  }

  /** The rule of a scheme in force on a date (refused like {@link #phaseOn}). */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public SchemeRule ruleOn(Scheme scheme, LocalDate date) {
    return phaseOn(date).rule(scheme);
  }

  /**
   * The repeat-assessment window in force on a date: a factory may not have another on-site
   * assessment within this many years.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public int repeatAssessmentYears(LocalDate date) {
    return phaseOn(date).repeatAssessmentYears();
  }

  /**
   * Splits a cost between Government and factory under the rule in force on {@code date} (today
   * when {@code null}). Refuses a missing scheme, a negative cost or one with more than 2 decimals
   * (field {@code cost}), and a date before the launch phase (field {@code date}).
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Quote quote(Scheme scheme, BigDecimal costHkd, LocalDate date) {
    if (scheme == null) {
      throw new RuleViolation("scheme", "funding.quote.scheme.required");
    }
    BigDecimal cost = checkedCost(costHkd);
    Phase phase = phaseOn(date);
    SchemeRule rule = phase.rule(scheme);
    BigDecimal government = rule.governmentShareOf(cost);
    return new Quote(
        scheme,
        cost,
        government,
        cost.subtract(government),
        rule.ceilingHkd(),
        rule.share(),
        phase.name());
  }

  /**
   * Adds a phase that applies from its {@code effectiveFrom}. Refuses (naming the field) a date not
   * after the latest phase's start, no scheme, a scheme the catalogue does not define or one
   * repeated, a share outside {@code (0, 1]} or with more than 4 decimals, and a negative ceiling.
   */
  @PreAuthorize(FundingPolicy.EDIT)
  public Phase addPhase(NewPhase phase) {
    Set<Scheme> defined =
        catalogue.all().stream().map(SchemeDefinition::code).collect(Collectors.toSet());
    FundingPhase admitted = book().admit(phase, defined);
    phases.saveAndFlush(admitted);
    audit.record(AUDIT_TYPE, admitted.effectiveFrom().toString(), "CREATED", admitted.snapshot());
    return book().inForce(admitted.effectiveFrom());
  }

  static BigDecimal checkedCost(BigDecimal costHkd) {
    if (costHkd == null) {
      throw new RuleViolation("cost", "funding.quote.cost.required");
    }
    if (costHkd.signum() < 0) {
      throw new RuleViolation("cost", "funding.quote.cost.invalid");
    }
    return DecimalInput.cents("cost", costHkd);
  }

  private RuleBook book() {
    return book.get();
  }
}
