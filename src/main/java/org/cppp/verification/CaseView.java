package org.cppp.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cppp.shared.TechnologyCategory;

/** A verification case as the facade shows it (without its readings). */
public record CaseView(
    long id,
    String application,
    String factoryBr,
    String providerCode,
    String scheme,
    TechnologyCategory technology,
    BigDecimal projectCostHkd,
    IpmvpOption option,
    String boundary,
    Region region,
    Period baseline,
    Period reporting,
    List<String> variables,
    Set<Carrier> carriers,
    List<MeasureView> measures,
    CaseStatus status,
    String qaComments,
    String signedBy,
    LocalDate signedOn,
    int periods,
    long version) {

  /** A measure verified. */
  public record MeasureView(
      TechnologyCategory technology, String description, String technologyCode) {}

  public boolean editable() {
    return status.editable();
  }
}
