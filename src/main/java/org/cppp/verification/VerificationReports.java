package org.cppp.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.platform.PdfRenderer;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verification report (PDF, in the reader's language): method and boundary, model statistics, a
 * chart per carrier of baseline, adjusted baseline and reporting consumption, savings, emissions
 * reduced, cost saving and simple payback. Only of a signed case, with its result as at a date.
 */
@Service
@Transactional(readOnly = true)
public class VerificationReports {

  private final VerificationCases cases;
  private final VerificationResults results;
  private final PdfRenderer renderer;
  private final MessageSource messages;
  private final Clock clock;

  VerificationReports(
      VerificationCases cases,
      VerificationResults results,
      PdfRenderer renderer,
      MessageSource messages,
      Clock clock) {
    this.cases = cases;
    this.results = results;
    this.renderer = renderer;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The report's PDF in this language, of a signed case (refused before QA signs it); {@code asAt}
   * null means today.
   */
  @PreAuthorize(VerificationPolicy.READ)
  public byte[] pdf(long id, LocalDate asAt, Locale locale) {
    CaseView view = cases.get(id);
    if (view.status() != CaseStatus.SIGNED) {
      throw new StateConflict("verification.report.unsigned");
    }
    VerificationResult result = results.result(id, asAt);
    SavingsChart.Labels labels =
        new SavingsChart.Labels(
            text("verification.chart.baseline", locale),
            text("verification.chart.adjusted", locale),
            text("verification.chart.reporting", locale),
            text("verification.chart.consumption", locale));
    Map<String, String> charts = new LinkedHashMap<>();
    for (CarrierResult c : result.carriers()) {
      String title = text("carrier." + c.carrier().name(), locale);
      charts.put(c.carrier().name(), SavingsChart.dataUri(SavingsChart.png(c, labels, title)));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("case", view);
    model.put("result", result);
    model.put("charts", charts);
    model.put("asAt", asAt == null ? LocalDate.now(clock) : asAt);
    model.put("failures", failures(result, locale));
    return renderer.render("verification-report", model, locale);
  }

  private Map<String, List<String>> failures(VerificationResult result, Locale locale) {
    Map<String, List<String>> failures = new LinkedHashMap<>();
    for (CarrierResult c : result.carriers()) {
      failures.put(
          c.carrier().name(),
          c.model().failures().stream()
              .map(f -> messages.getMessage(f.messageKey(), f.arguments().toArray(), locale))
              .toList());
    }
    return failures;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
