package org.cppp.application.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cppp.application.ApplicationDraft;
import org.cppp.funding.Scheme;
import org.cppp.shared.TechnologyCategory;

/** {@code POST /api/applications}: the factory, the scheme and the draft's contents. */
record NewApplicationRequest(
    @NotBlank @Pattern(regexp = "\\d{8}", message = "{application.factory.br}") String factoryBr,
    @NotNull Scheme scheme,
    @Size(max = 20) String providerCode,
    @Size(max = 200) String title,
    @Size(max = 5000) String description,
    @Size(max = 100) String quotationRef,
    @Size(max = 50) List<ApplicationDraft.@NotNull @Valid Line> costItems,
    TechnologyCategory technology,
    @Size(max = 5000) String expectedBenefits,
    @Size(max = 20) String verifiesReference,
    @Size(max = 5000) String verifiesDescription) {

  ApplicationDraft draft() {
    return new ApplicationDraft(
        providerCode,
        title,
        description,
        quotationRef,
        costItems,
        technology,
        expectedBenefits,
        verifiesReference,
        verifiesDescription);
  }
}
