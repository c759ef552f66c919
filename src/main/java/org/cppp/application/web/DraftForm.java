package org.cppp.application.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ApplicationDraft;
import org.cppp.application.ApplicationView;
import org.cppp.application.CostItem;
import org.cppp.shared.TechnologyCategory;

/** The draft form's fields as typed; blank cost lines are ignored. */
public class DraftForm {

  static final int COST_LINES = 6;

  private String providerCode;
  private String title;
  private String description;
  private String quotationRef;
  private List<CostLine> costItems = new ArrayList<>();
  private TechnologyCategory technology;
  private String expectedBenefits;
  private String verifiesReference;
  private String verifiesDescription;

  public DraftForm() {
    padLines();
  }

  static DraftForm of(ApplicationView application) {
    DraftForm form = new DraftForm();
    form.providerCode = application.providerCode();
    form.title = application.title();
    form.description = application.description();
    form.quotationRef = application.quotationRef();
    form.costItems = new ArrayList<>();
    for (CostItem item : application.costItems()) {
      form.costItems.add(new CostLine(item.description(), item.amountHkd()));
    }
    form.padLines();
    form.technology = application.technology();
    form.expectedBenefits = application.expectedBenefits();
    form.verifiesReference = application.verifiesReference();
    form.verifiesDescription = application.verifiesDescription();
    return form;
  }

  private void padLines() {
    while (costItems.size() < COST_LINES) {
      costItems.add(new CostLine(null, null));
    }
  }

  ApplicationDraft toDraft() {
    List<ApplicationDraft.Line> lines = new ArrayList<>();
    for (CostLine line : costItems) {
      boolean blank =
          (line.getDescription() == null || line.getDescription().isBlank())
              && line.getAmountHkd() == null;
      if (!blank) {
        lines.add(new ApplicationDraft.Line(line.getDescription(), line.getAmountHkd()));
      }
    }
    return new ApplicationDraft(
        providerCode,
        title,
        description,
        quotationRef,
        lines,
        technology,
        expectedBenefits,
        verifiesReference,
        verifiesDescription);
  }

  BigDecimal total() {
    return costItems.stream()
        .map(CostLine::getAmountHkd)
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public String getProviderCode() {
    return providerCode;
  }

  public void setProviderCode(String providerCode) {
    this.providerCode = providerCode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getQuotationRef() {
    return quotationRef;
  }

  public void setQuotationRef(String quotationRef) {
    this.quotationRef = quotationRef;
  }

  public List<CostLine> getCostItems() {
    return costItems;
  }

  public void setCostItems(List<CostLine> costItems) {
    this.costItems = costItems == null ? new ArrayList<>() : costItems;
    padLines();
  }

  public TechnologyCategory getTechnology() {
    return technology;
  }

  public void setTechnology(TechnologyCategory technology) {
    this.technology = technology;
  }

  public String getExpectedBenefits() {
    return expectedBenefits;
  }

  public void setExpectedBenefits(String expectedBenefits) {
    this.expectedBenefits = expectedBenefits;
  }

  public String getVerifiesReference() {
    return verifiesReference;
  }

  public void setVerifiesReference(String verifiesReference) {
    this.verifiesReference = verifiesReference;
  }

  public String getVerifiesDescription() {
    return verifiesDescription;
  }

  public void setVerifiesDescription(String verifiesDescription) {
    this.verifiesDescription = verifiesDescription;
  }

  /** One cost line as typed. */
  public static class CostLine {
    private String description;
    private BigDecimal amountHkd;

    public CostLine() {}

    CostLine(String description, BigDecimal amountHkd) {
      this.description = description;
      this.amountHkd = amountHkd;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public BigDecimal getAmountHkd() {
      return amountHkd;
    }

    public void setAmountHkd(BigDecimal amountHkd) {
      this.amountHkd = amountHkd;
    }
  }
}
