package org.cppp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cppp.application.ScreeningReport.Check;
import org.cppp.application.ScreeningReport.Finding;
import org.cppp.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What keeps an application from the committee: a screening check that fails and that no officer
 * has overridden with a reason.
 */
@Component
class ScreeningGate {

  private final Screening screening;
  private final ScreeningOverrideRepository overrides;
  private final Clock clock;

  ScreeningGate(Screening screening, ScreeningOverrideRepository overrides, Clock clock) {
    this.screening = screening;
    this.overrides = overrides;
    this.clock = clock;
  }

  /** The checks that fail today, overridden or not, in the report's order. */
  List<Check> failing(FundingApplication application) {
    return screening.of(application, LocalDate.now(clock)).findings().stream()
        .filter(f -> !f.passed())
        .map(Finding::check)
        .toList();
  }

  /** The checks overridden for this application. */
  Set<Check> overridden(FundingApplication application) {
    Set<Check> checks = EnumSet.noneOf(Check.class);
    overrides.findByApplicationIdOrderByIdAsc(application.id()).forEach(o -> checks.add(o.check()));
    return checks;
  }

  /**
   * Refuses (field {@code screening}) while a check fails without an override, naming those checks
   * in the user's language.
   */
  void requireClear(FundingApplication application) {
    Set<Check> overridden = overridden(application);
    List<Check> blocking =
        failing(application).stream().filter(c -> !overridden.contains(c)).toList();
    if (!blocking.isEmpty()) {
      throw new RuleViolation("screening", "application.screening.blocked", names(blocking));
    }
  }

  /**
   * The checks' names as one message argument: the first and the list of the rest, joined by {@code
   * screening.check.list}, so that each language keeps its own separator.
   */
  static DefaultMessageSourceResolvable names(List<Check> checks) {
    DefaultMessageSourceResolvable first =
        new DefaultMessageSourceResolvable("screening.check." + checks.get(0).name());
    if (checks.size() == 1) {
      return first;
    }
    return new DefaultMessageSourceResolvable(
        new String[] {"screening.check.list"},
        new Object[] {first, names(checks.subList(1, checks.size()))});
  }
}
