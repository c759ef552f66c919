package org.cppp.verification;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cppp.application.ApplicationView;
import org.cppp.shared.DateInput;
import org.cppp.shared.RuleViolation;

/**
 * What a case is opened with: the input checked field by field before anything is read, and the
 * measures it verifies (the application's own when none is entered).
 */
final class CaseOpening {

  private static final Pattern VARIABLE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private CaseOpening() {}

  static void check(NewCase in, DateInput dates) {
    if (in.application() == null || in.application().isBlank()) {
      throw new RuleViolation("application", "verification.application.required");
    }
    if (in.option() == null) {
      throw new RuleViolation("option", "verification.option.required");
    }
    if (in.boundary() == null || in.boundary().isBlank() || in.boundary().length() > 4000) {
      throw new RuleViolation("boundary", "verification.boundary.required");
    }
    if (in.region() != null && !in.region().isGrid()) {
      throw new RuleViolation("region", "verification.region.grid");
    }
    CasePeriods.check(in.baseline(), in.reporting(), dates);
    for (String v : in.variables()) {
      if (v == null
          || !VARIABLE.matcher(v).matches()
          || in.variables().indexOf(v) != in.variables().lastIndexOf(v)) {
        throw new RuleViolation("variables", "verification.variable.name", v);
      }
    }
    for (NewCase.MeasureInput m : in.measures()) {
      if (m.technology() == null
          || m.description() == null
          || m.description().isBlank()
          || m.description().length() > 500) {
        throw new RuleViolation("measures", "verification.measure.required");
      }
    }
  }

  /**
   * @param codes the checked code of a measure's named technology ({@link Technologies#checked})
   */
  static List<Measure> measures(
      NewCase in, ApplicationView application, Function<NewCase.MeasureInput, String> codes) {
    return in.measures().isEmpty()
        ? List.of(new Measure(application.technology(), application.title(), null))
        : in.measures().stream()
            .map(m -> new Measure(m.technology(), m.description().strip(), codes.apply(m)))
            .toList();
  }
}
