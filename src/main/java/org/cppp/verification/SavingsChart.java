package org.cppp.verification;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's chart of a carrier, rendered on the server with JFreeChart: measured baseline, the
 * baseline model over every period (in the reporting period: the adjusted baseline) and the
 * measured reporting consumption, as a PNG for the PDF.
 */
final class SavingsChart {

  /** The series' names in the reader's language. */
  record Labels(String baseline, String adjusted, String reporting, String axis) {}

  private SavingsChart() {}

  static byte[] png(CarrierResult carrier, Labels labels, String title) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CarrierResult.PeriodPoint p : carrier.periods()) {
      String period = p.period().from().toString().substring(0, 7);
      data.addValue(p.reportingPeriod() ? null : p.measured(), labels.baseline(), period);
      data.addValue(p.model(), labels.adjusted(), period);
      data.addValue(p.reportingPeriod() ? p.measured() : null, labels.reporting(), period);
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            title, null, labels.axis(), data, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
    renderer.setSeriesPaint(1, new Color(0x7f, 0x7f, 0x7f));
    renderer.setSeriesStroke(
        1,
        new BasicStroke(
            2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
    renderer.setSeriesPaint(2, new Color(0x2c, 0xa0, 0x2c));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, 720, 340);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String dataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
