package org.cppp.recognition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A nomination to submit: who, in which category, how to reach them, and the evidence. */
public record NewNomination(
    @NotBlank @Size(max = 200) String nomineeNameEn,
    @Size(max = 200) String nomineeNameZh,
    @NotBlank @Size(max = 40) String category,
    @Pattern(regexp = "\\d{8}", message = "{recognition.factory-br.pattern}") String factoryBr,
    @Size(max = 20) String providerCode,
    @Size(max = 120) String contactName,
    @Email @Size(max = 200) String contactEmail,
    @Size(max = 40) String contactPhone,
    @Size(max = 20) List<@Valid EvidenceItem> evidence) {}
