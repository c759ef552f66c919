package org.cppp.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The progress report as one CSV table of figures: {@code table,item,period,value}, one row per
 * figure, so a tool reads every table of the report from one file.
 */
final class ProgressCsv {

  static final String[] HEADER = {"table", "item", "period", "value"};

  private ProgressCsv() {}

  static String write(ProgressReport r) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
      csv.printRecord("report", "financialYear", r.financialYear(), r.financialYear());
      csv.printRecord("report", "asAt", r.financialYear(), r.asAt());
      for (ProgressReport.ApprovalRow row : r.approvals().rows()) {
        for (int i = 0; i < row.byYear().size(); i++) {
          csv.printRecord(
              "approvals", row.scheme(), r.approvals().years().get(i), row.byYear().get(i));
        }
        csv.printRecord("approvals", row.scheme(), "cumulative", row.cumulative());
      }
      csv.printRecord("approvals", "ALL", r.financialYear(), r.approvals().approvedInYear());
      csv.printRecord("approvals", "ALL", "cumulative", r.approvals().cumulative());
      map(csv, "demonstrationByTechnology", "cumulative", r.demonstrationByTechnology());
      for (ProgressReport.SectorFactories s : r.sectors()) {
        csv.printRecord("sectors", s.sector(), "cumulative", s.factories());
      }
      ProgressReport.ProviderFigures p = r.providers();
      csv.printRecord("providers", "joined", r.financialYear(), p.joinedInYear());
      csv.printRecord("providers", "removed", r.financialYear(), p.removedInYear());
      csv.printRecord("providers", "registered", r.asAt(), p.registered());
      map(csv, "providersByBase", r.asAt().toString(), p.byBase());
      ProgressReport.Awareness a = r.awareness();
      csv.printRecord("awareness", "activities", r.financialYear(), a.activitiesInYear());
      csv.printRecord("awareness", "participants", r.financialYear(), a.participantsInYear());
      csv.printRecord("awareness", "activities", "cumulative", a.activitiesCumulative());
      csv.printRecord("awareness", "participants", "cumulative", a.participantsCumulative());
      csv.printRecord("awareness", "exhibitions", r.financialYear(), a.exhibitionsInYear());
      csv.printRecord(
          "awareness", "exhibitionVisitors", r.financialYear(), a.exhibitionVisitorsInYear());
      csv.printRecord("awareness", "siteVisits", r.financialYear(), a.siteVisitsInYear());
      csv.printRecord(
          "publications", "published", r.financialYear(), r.publications().publishedInYear());
      csv.printRecord("publications", "inPreparation", r.asAt(), r.publications().inPreparation());
      csv.printRecord("committee", "meetings", r.financialYear(), r.committee().meetingsInYear());
      map(csv, "recognition", String.valueOf(r.recognition().cycle()), r.recognition().counts());
      outcomes(csv, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Table {@code outcomes} (the year's and since the launch) and {@code outcomesByTechnology}. */
  private static void outcomes(CSVPrinter csv, ProgressReport r) throws IOException {
    ProgressReport.Outcomes o = r.outcomes();
    csv.printRecord("outcomes", "verified", r.financialYear(), o.verifiedInYear());
    csv.printRecord("outcomes", "verified", "cumulative", o.verifiedCumulative());
    for (Map.Entry<String, Number> e : o.inYear().figures().entrySet()) {
      csv.printRecord("outcomes", e.getKey(), r.financialYear(), plain(e.getValue()));
    }
    for (Map.Entry<String, Number> e : o.cumulative().figures().entrySet()) {
      csv.printRecord("outcomes", e.getKey(), "cumulative", plain(e.getValue()));
    }
    for (Map.Entry<?, ProgressReport.TechnologyOutcome> e : o.byTechnology().entrySet()) {
      csv.printRecord(
          "outcomesByTechnology", e.getKey() + ".projects", "cumulative", e.getValue().projects());
      csv.printRecord(
          "outcomesByTechnology",
          e.getKey() + ".co2Tonnes",
          "cumulative",
          plain(e.getValue().co2Tonnes()));
    }
  }

  /** A number as written in the report, never in exponent notation. */
  static String plain(Number n) {
    return n instanceof BigDecimal d
        ? d.toPlainString()
        : BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
  }

  private static void map(CSVPrinter csv, String table, String period, Map<?, Long> values)
      throws IOException {
    for (Map.Entry<?, Long> e : values.entrySet()) {
      csv.printRecord(table, e.getKey(), period, e.getValue());
    }
  }
}
