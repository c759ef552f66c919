package org.cppp.reporting;

import java.util.Map;
import org.cppp.platform.CsvSheet;

/**
 * The progress report as one CSV table of figures: {@code table,item,period,value}, one row per
 * figure, so a tool reads every table of the report from one file.
 */
final class ProgressCsv {

  static final String[] HEADER = {"table", "item", "period", "value"};

  private ProgressCsv() {}

  static String write(ProgressReport r) {
    CsvSheet csv = new CsvSheet(HEADER);
    csv.row("report", "financialYear", r.financialYear(), r.financialYear());
    csv.row("report", "asAt", r.financialYear(), r.asAt());
    for (ProgressReport.ApprovalRow row : r.approvals().rows()) {
      for (int i = 0; i < row.byYear().size(); i++) {
        csv.row("approvals", row.scheme(), r.approvals().years().get(i), row.byYear().get(i));
      }
      csv.row("approvals", row.scheme(), "cumulative", row.cumulative());
    }
    csv.row("approvals", "ALL", r.financialYear(), r.approvals().approvedInYear());
    csv.row("approvals", "ALL", "cumulative", r.approvals().cumulative());
    map(csv, "demonstrationByTechnology", "cumulative", r.demonstrationByTechnology());
    for (ProgressReport.SectorFactories s : r.sectors()) {
      csv.row("sectors", s.sector(), "cumulative", s.factories());
    }
    ProgressReport.ProviderFigures p = r.providers();
    csv.row("providers", "joined", r.financialYear(), p.joinedInYear());
    csv.row("providers", "removed", r.financialYear(), p.removedInYear());
    csv.row("providers", "registered", r.asAt(), p.registered());
    map(csv, "providersByBase", r.asAt().toString(), p.byBase());
    ProgressReport.Awareness a = r.awareness();
    csv.row("awareness", "activities", r.financialYear(), a.activitiesInYear());
    csv.row("awareness", "participants", r.financialYear(), a.participantsInYear());
    csv.row("awareness", "activities", "cumulative", a.activitiesCumulative());
    csv.row("awareness", "participants", "cumulative", a.participantsCumulative());
    csv.row("awareness", "exhibitions", r.financialYear(), a.exhibitionsInYear());
    csv.row("awareness", "exhibitionVisitors", r.financialYear(), a.exhibitionVisitorsInYear());
    csv.row("awareness", "siteVisits", r.financialYear(), a.siteVisitsInYear());
    csv.row("publications", "published", r.financialYear(), r.publications().publishedInYear());
    csv.row("publications", "inPreparation", r.asAt(), r.publications().inPreparation());
    csv.row("committee", "meetings", r.financialYear(), r.committee().meetingsInYear());
    map(csv, "recognition", String.valueOf(r.recognition().cycle()), r.recognition().counts());
    outcomes(csv, r);
    return csv.text();
  }

  /** Table {@code outcomes} (the year's and since the launch) and {@code outcomesByTechnology}. */
  private static void outcomes(CsvSheet csv, ProgressReport r) {
    ProgressReport.Outcomes o = r.outcomes();
    csv.row("outcomes", "verified", r.financialYear(), o.verifiedInYear());
    csv.row("outcomes", "verified", "cumulative", o.verifiedCumulative());
    for (Map.Entry<String, Number> e : o.inYear().figures().entrySet()) {
      csv.row("outcomes", e.getKey(), r.financialYear(), e.getValue());
    }
    for (Map.Entry<String, Number> e : o.cumulative().figures().entrySet()) {
      csv.row("outcomes", e.getKey(), "cumulative", e.getValue());
    }
    for (Map.Entry<?, ProgressReport.TechnologyOutcome> e : o.byTechnology().entrySet()) {
      csv.row(
          "outcomesByTechnology", e.getKey() + ".projects", "cumulative", e.getValue().projects());
      csv.row(
          "outcomesByTechnology",
          e.getKey() + ".co2Tonnes",
          "cumulative",
          e.getValue().co2Tonnes());
    }
  }

  private static void map(CsvSheet csv, String table, String period, Map<?, Long> values) {
    for (Map.Entry<?, Long> e : values.entrySet()) {
      csv.row(table, e.getKey(), period, e.getValue());
    }
  }
}
