package org.cppp.application.web;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ApplicationDraft;
import org.cppp.application.ApplicationView;
import org.cppp.application.CostItem;
import org.cppp.funding.Initiative;
import org.cppp.platform.FieldLabels;
import org.cppp.platform.FormErrors;
import org.cppp.shared.TechnologyCategory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/** The draft form's fields as typed; blank cost lines are ignored. */
@FieldLabels("application")
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

  /**
   * What may be saved of the form as typed: each cost line and field that passes validation. An
   * invalid one is reported on the form next to its input (labelled) and keeps its {@code saved}
   * value; an incomplete cost line is left out until it is complete. Blank lines are ignored.
   */
  ApplicationDraft acceptable(
      SmartValidator validator, BindingResult result, ApplicationDraft saved) {
    List<ApplicationDraft.Line> lines = new ArrayList<>();
    for (int i = 0; i < costItems.size(); i++) {
      CostLine line = costItems.get(i);
      String path = "costItems[" + i + "].";
      boolean unreadable = result.hasFieldErrors(path + "amountHkd");
      if (line.isBlank() && !unreadable) {
        continue;
      }
      ApplicationDraft.Line typed = new ApplicationDraft.Line(line.description, line.amountHkd);
      int errors = result.getErrorCount();
      if (!unreadable) {
        FormErrors.validate(validator, typed, result, path);
      }
      if (!unreadable && result.getErrorCount() == errors) {
        lines.add(typed);
      }
    }
    ApplicationDraft typed =
        new ApplicationDraft(
            providerCode,
            title,
            description,
            quotationRef,
            lines,
            technology,
            expectedBenefits,
            verifiesReference,
            verifiesDescription);
    FormErrors.validate(validator, typed, result);
    return typed.keeping(
        result.getFieldErrors().stream()
            .map(FieldError::getField)
            .filter(f -> !f.startsWith("costItems["))
            .collect(java.util.stream.Collectors.toSet()),
        saved);
  }

  /**
   * The fields the form shows for a scheme's initiative, in order: where their errors are shown.
   */
  List<String> fields(Initiative initiative) {
    List<String> fields = new ArrayList<>(List.of("title", "description"));
    if (initiative != Initiative.VERIFICATION) {
      fields.addAll(List.of("providerCode", "quotationRef"));
    }
    for (int i = 0; i < costItems.size(); i++) {
      fields.add("costItems[" + i + "].description");
      fields.add("costItems[" + i + "].amountHkd");
    }
    fields.add("costItems");
    if (initiative == Initiative.DEMONSTRATION) {
      fields.addAll(List.of("technology", "expectedBenefits"));
    }
    if (initiative == Initiative.VERIFICATION) {
      fields.addAll(List.of("verifiesReference", "verifiesDescription"));
    }
    return fields;
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

    @Digits(integer = 12, fraction = 2)
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

    boolean isBlank() {
      return (description == null || description.isBlank()) && amountHkd == null;
    }

    public void setAmountHkd(BigDecimal amountHkd) {
      this.amountHkd = amountHkd;
    }
  }
}
