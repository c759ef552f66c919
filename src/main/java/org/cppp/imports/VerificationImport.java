package org.cppp.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.shared.RuleViolation;
import org.cppp.verification.LegacyResult;
import org.cppp.verification.LegacyResults;
import org.springframework.stereotype.Component;

/**
 * {@code verifications}: results verified before CPPP, with the annual figures as recorded then,
 * for a completed demonstration project or verification already imported (and without a case in
 * CPPP); keyed by reference. Each counts in the report's outcomes as signed on {@code signed_on}; a
 * figure left empty is zero. The verification module checks them ({@link LegacyResults#problems}).
 */
@Component
class VerificationImport implements DatasetImport {

  /** The verification module's field of each column. */
  private static final Map<String, String> COLUMNS =
      Map.of(
          "reference", "reference",
          "signedOn", "signed_on",
          "electricityKwh", "electricity_kwh",
          "co2Tonnes", "co2_t",
          "noxTonnes", "nox_t",
          "so2Tonnes", "so2_t",
          "vocTonnes", "voc_t",
          "pmTonnes", "pm_t",
          "wastewaterM3", "wastewater_m3",
          "costSavingHkd", "cost_saving_hkd");

  private final LegacyResults results;

  VerificationImport(LegacyResults results) {
    this.results = results;
  }

  @Override
  public String name() {
    return "verifications";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "reference",
        "signed_on",
        "electricity_kwh",
        "co2_t",
        "nox_t",
        "so2_t",
        "voc_t",
        "pm_t",
        "wastewater_m3",
        "cost_saving_hkd");
  }

  @Override
  public Set<String> required() {
    return Set.of("reference", "signed_on");
  }

  @Override
  public String keyColumn() {
    return "reference";
  }

  @Override
  public Session open() {
    return new Session() {
      @Override
      public String check(CsvRow row) {
        LegacyResult result = result(row);
        if (result == null) {
          return null;
        }
        for (RuleViolation problem : results.problems(result)) {
          row.reject(COLUMNS.getOrDefault(problem.field(), ""), problem);
        }
        return row.valid() ? result.reference() : null;
      }

      @Override
      public int write(List<CsvRow> rows) {
        int saved = 0;
        for (CsvRow row : rows) {
          saved += results.record(result(row)) ? 1 : 0;
        }
        return saved;
      }
    };
  }

  private static LegacyResult result(CsvRow row) {
    LegacyResult result =
        new LegacyResult(
            row.text("reference", true, 20),
            row.date("signed_on", true),
            row.decimal("electricity_kwh", false),
            row.decimal("co2_t", false),
            row.decimal("nox_t", false),
            row.decimal("so2_t", false),
            row.decimal("voc_t", false),
            row.decimal("pm_t", false),
            row.decimal("wastewater_m3", false),
            row.money("cost_saving_hkd", false));
    return row.valid() ? result : null;
  }
}
