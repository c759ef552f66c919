package org.cppp.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The progress report as a workbook: one sheet per table of the report, figures as numbers. */
final class ProgressXlsx {

  private ProgressXlsx() {}

  static byte[] write(ProgressReport r) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      approvals(book, bold, r);
      pairs(
          book,
          bold,
          "Technologies",
          "Technology",
          "Demonstration projects",
          r.demonstrationByTechnology());
      List<Object[]> sectors = new ArrayList<>();
      r.sectors().forEach(s -> sectors.add(new Object[] {s.sector(), s.factories()}));
      sheet(book, bold, "Sectors", List.of("Sector", "Participating factories"), sectors);
      ProgressReport.ProviderFigures p = r.providers();
      List<Object[]> providers = new ArrayList<>();
      providers.add(new Object[] {"Joined in " + r.financialYear(), p.joinedInYear()});
      providers.add(new Object[] {"Removed in " + r.financialYear(), p.removedInYear()});
      providers.add(new Object[] {"Registered as at " + r.asAt(), p.registered()});
      p.byBase().forEach((base, n) -> providers.add(new Object[] {"Based in " + base, n}));
      sheet(book, bold, "Providers", List.of("Figure", "Providers"), providers);
      ProgressReport.Awareness a = r.awareness();
      sheet(
          book,
          bold,
          "Awareness",
          List.of("Figure", "Value"),
          List.of(
              new Object[] {"Activities in the year", a.activitiesInYear()},
              new Object[] {"Participants in the year", a.participantsInYear()},
              new Object[] {"Activities since the launch", a.activitiesCumulative()},
              new Object[] {"Participants since the launch", a.participantsCumulative()},
              new Object[] {"Exhibitions in the year", a.exhibitionsInYear()},
              new Object[] {"Exhibition visitors in the year", a.exhibitionVisitorsInYear()},
              new Object[] {"Site visits in the year", a.siteVisitsInYear()}));
      sheet(
          book,
          bold,
          "Publications",
          List.of("Figure", "Guidebooks"),
          List.of(
              new Object[] {"Published in the year", r.publications().publishedInYear()},
              new Object[] {"In preparation as at " + r.asAt(), r.publications().inPreparation()}));
      sheet(
          book,
          bold,
          "Committee",
          List.of("Figure", "Value"),
          List.<Object[]>of(
              new Object[] {"Meetings held in the year", r.committee().meetingsInYear()}));
      pairs(
          book,
          bold,
          "Recognition",
          "Category (cycle " + r.recognition().cycle() + ")",
          "Recognised",
          r.recognition().counts());
      outcomes(book, bold, r);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void approvals(XSSFWorkbook book, CellStyle bold, ProgressReport r) {
    List<String> header = new ArrayList<>();
    header.add("Scheme");
    r.approvals().years().forEach(y -> header.add("Approved (" + y + ")"));
    header.add("Cumulative total");
    List<Object[]> rows = new ArrayList<>();
    for (ProgressReport.ApprovalRow row : r.approvals().rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.scheme().name());
      cells.addAll(row.byYear());
      cells.add(row.cumulative());
      rows.add(cells.toArray());
    }
    Sheet sheet = sheet(book, bold, "Approvals", header, rows);
    Row title = sheet.createRow(rows.size() + 2);
    title.createCell(0).setCellValue("Applications as at " + r.asAt());
  }

  private static final Map<String, String> BENEFITS =
      Map.of(
          "electricityMwh", "Electricity saved (MWh a year)",
          "co2Tonnes", "CO2 reduced (tonnes a year)",
          "noxTonnes", "NOx reduced (tonnes a year)",
          "so2Tonnes", "SO2 reduced (tonnes a year)",
          "vocTonnes", "VOC reduced (tonnes a year)",
          "pmTonnes", "Particulates reduced (tonnes a year)",
          "wastewaterM3", "Wastewater reduced (m3 a year)",
          "costSavingHkd", "Cost saving (HK$ a year)");

  /** The verified outcomes: the year's and since the launch, then per technology category. */
  private static void outcomes(XSSFWorkbook book, CellStyle bold, ProgressReport r) {
    ProgressReport.Outcomes o = r.outcomes();
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"Projects verified", o.verifiedInYear(), o.verifiedCumulative()});
    Map<String, Number> cumulative = o.cumulative().figures();
    o.inYear()
        .figures()
        .forEach(
            (key, value) -> rows.add(new Object[] {BENEFITS.get(key), value, cumulative.get(key)}));
    o.byTechnology()
        .forEach(
            (category, t) -> {
              rows.add(new Object[] {category + ": projects verified", "", t.projects()});
              rows.add(
                  new Object[] {category + ": CO2 reduced (tonnes a year)", "", t.co2Tonnes()});
            });
    sheet(
        book,
        bold,
        "Outcomes",
        List.of("Figure", "Signed in " + r.financialYear(), "Since the launch, as at " + r.asAt()),
        rows);
  }

  private static void pairs(
      XSSFWorkbook book,
      CellStyle bold,
      String name,
      String keyHeader,
      String valueHeader,
      Map<?, Long> values) {
    List<Object[]> rows = new ArrayList<>();
    values.forEach((k, v) -> rows.add(new Object[] {String.valueOf(k), v}));
    sheet(book, bold, name, List.of(keyHeader, valueHeader), rows);
  }

  private static Sheet sheet(
      XSSFWorkbook book, CellStyle bold, String name, List<String> header, List<Object[]> rows) {
    Sheet sheet = book.createSheet(name);
    Row head = sheet.createRow(0);
    for (int i = 0; i < header.size(); i++) {
      head.createCell(i).setCellValue(header.get(i));
      head.getCell(i).setCellStyle(bold);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      Object[] cells = rows.get(r);
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else {
          row.createCell(c).setCellValue(String.valueOf(cells[c]));
        }
      }
    }
    for (int i = 0; i < header.size(); i++) {
      sheet.setColumnWidth(i, Math.max(12, header.get(i).length() + 4) * 256);
    }
    sheet.setColumnWidth(0, 36 * 256);
    return sheet;
  }
}
