package org.cppp.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cppp.application.ApplicationView;
import org.cppp.application.ScreeningOverrideView;
import org.cppp.application.ScreeningReport;
import org.cppp.application.VariationView;
import org.cppp.factory.FactorySummary;

/**
 * One agenda item of a meeting pack. For an application: its summary, the screening findings with
 * the officers' overrides of failed checks (by check, with their reasons), the budget available
 * before it and what would be left after approving everything on the agenda up to it. {@code
 * withheld}: the reader declared an interest, so the summary is left out. A variation item has the
 * variation request beside its application's summary (the budget lines count no variation: its
 * increase is checked against the budget when it is approved).
 */
public record PackItem(
    AgendaItemView item,
    boolean withheld,
    ApplicationView application,
    FactorySummary factory,
    String providerName,
    List<ScreeningReport.Finding> findings,
    Map<ScreeningReport.Check, ScreeningOverrideView> overrides,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetAvailableHkd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetLeftHkd,
    VariationView variation) {

  public PackItem {
    findings = findings == null ? List.of() : List.copyOf(findings);
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
  }
}
