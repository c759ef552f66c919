package org.cppp.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.Scheme;
import org.cppp.shared.TechnologyCategory;

/** A funding application as the facade shows it. */
public record ApplicationView(
    String reference,
    String factoryBr,
    String factorySector,
    Scheme scheme,
    String providerCode,
    ApplicationStatus status,
    String title,
    String description,
    String quotationRef,
    List<CostItem> costItems,
    BigDecimal totalCostHkd,
    BigDecimal governmentShareHkd,
    BigDecimal approvedAmountHkd,
    BigDecimal finalCostHkd,
    TechnologyCategory technology,
    String expectedBenefits,
    String verifiesReference,
    String verifiesDescription,
    String phaseName,
    LocalDate submittedOn,
    LocalDate decidedOn,
    LocalDate dueOn,
    LocalDate completedOn,
    String decisionNote,
    String screeningFindings,
    boolean overdue,
    long version) {

  /** What the applicant filled in, as a draft. */
  public ApplicationDraft draft() {
    return new ApplicationDraft(
        providerCode,
        title,
        description,
        quotationRef,
        costItems.stream()
            .map(i -> new ApplicationDraft.Line(i.description(), i.amountHkd()))
            .toList(),
        technology,
        expectedBenefits,
        verifiesReference,
        verifiesDescription);
  }

  /** Whether the applicant may still change it. */
  public boolean editable() {
    return status == ApplicationStatus.DRAFT
        || status == ApplicationStatus.RETURNED_FOR_INFORMATION;
  }
}
