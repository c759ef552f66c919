package org.cppp.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.cppp.shared.TechnologyCategory;

/**
 * What the applicant fills in: the provider engaged, the project, its cost breakdown and, by
 * scheme, the technology and expected benefits (demonstration) or the project verified
 * (verification). May be incomplete while a draft; completeness is checked on submission.
 */
public record ApplicationDraft(
    @Size(max = 20) String providerCode,
    @Size(max = 200) String title,
    @Size(max = 5000) String description,
    @Size(max = 100) String quotationRef,
    @Size(max = 50) List<@NotNull @Valid Line> costItems,
    TechnologyCategory technology,
    @Size(max = 5000) String expectedBenefits,
    @Size(max = 20) String verifiesReference,
    @Size(max = 5000) String verifiesDescription) {

  public ApplicationDraft {
    // A copy that keeps a null line, so that validation names it (costItems[0]) as the client's
    // mistake instead of the constructor failing.
    costItems =
        costItems == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(costItems));
  }

  /** An empty draft. */
  public static ApplicationDraft empty() {
    return new ApplicationDraft(null, null, null, null, List.of(), null, null, null, null);
  }

  /**
   * This draft with the named fields ({@code title}, {@code providerCode}, {@code costItems}, ...)
   * taken from {@code saved} instead: what to store when those fields were refused.
   */
  public ApplicationDraft keeping(Set<String> fields, ApplicationDraft saved) {
    return new ApplicationDraft(
        pick(fields, "providerCode", providerCode, saved.providerCode),
        pick(fields, "title", title, saved.title),
        pick(fields, "description", description, saved.description),
        pick(fields, "quotationRef", quotationRef, saved.quotationRef),
        pick(fields, "costItems", costItems, saved.costItems),
        pick(fields, "technology", technology, saved.technology),
        pick(fields, "expectedBenefits", expectedBenefits, saved.expectedBenefits),
        pick(fields, "verifiesReference", verifiesReference, saved.verifiesReference),
        pick(fields, "verifiesDescription", verifiesDescription, saved.verifiesDescription));
  }

  private static <T> T pick(Set<String> fields, String name, T typed, T saved) {
    return fields.contains(name) ? saved : typed;
  }

  /** One cost line as typed. */
  public record Line(
      @NotBlank @Size(max = 200) String description,
      @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amountHkd) {}
}
