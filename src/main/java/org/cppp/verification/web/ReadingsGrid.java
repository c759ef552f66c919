package org.cppp.verification.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cppp.verification.Carrier;
import org.cppp.verification.Period;
import org.cppp.verification.Reading;
import org.cppp.verification.VariableValue;

/**
 * Readings and variable values as a grid, one row per period in date order, in the columns an
 * upload takes ({@code from}, {@code to}, the carriers, {@code SOLVENT_VOC_PCT} with solvent, the
 * variables); also as tab-separated text, which a spreadsheet takes and gives back by copy and
 * paste.
 */
record ReadingsGrid(List<String> columns, List<List<String>> rows) {

  static final String VOC_COLUMN = "SOLVENT_VOC_PCT";

  static ReadingsGrid of(
      Set<Carrier> carriers,
      List<String> variables,
      List<Reading> readings,
      List<VariableValue> values) {
    List<Carrier> measured = carriers.stream().sorted().toList();
    List<String> columns = new ArrayList<>(List.of("from", "to"));
    measured.forEach(c -> columns.add(c.name()));
    if (carriers.contains(Carrier.SOLVENT_KG)) {
      columns.add(VOC_COLUMN);
    }
    columns.addAll(variables);
    Map<Period, Map<String, String>> cells = new TreeMap<>((a, b) -> a.from().compareTo(b.from()));
    for (Reading r : readings) {
      Map<String, String> row = cells.computeIfAbsent(r.period(), p -> new java.util.HashMap<>());
      row.put(r.carrier().name(), plain(r.quantity()));
      if (r.vocContentPct() != null) {
        row.put(VOC_COLUMN, plain(r.vocContentPct()));
      }
    }
    for (VariableValue v : values) {
      cells
          .computeIfAbsent(v.period(), p -> new java.util.HashMap<>())
          .put(v.variable(), plain(v.value()));
    }
    List<List<String>> rows = new ArrayList<>();
    cells.forEach(
        (period, row) -> {
          List<String> line =
              new ArrayList<>(List.of(period.from().toString(), period.to().toString()));
          columns.subList(2, columns.size()).forEach(c -> line.add(row.getOrDefault(c, "")));
          rows.add(line);
        });
    return new ReadingsGrid(List.copyOf(columns), List.copyOf(rows));
  }

  /** The grid as tab-separated lines, header first. */
  String tsv() {
    StringBuilder text = new StringBuilder(String.join("\t", columns)).append('\n');
    rows.forEach(r -> text.append(String.join("\t", r)).append('\n'));
    return text.toString();
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
