package org.cppp.outreach;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A visitor's registration for an activity; {@code factoryBr} is the 8-digit BR number if any. */
public record NewRegistration(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 200) String company,
    @Pattern(regexp = "(\\d{8})?", message = "{outreach.factoryBr.pattern}") String factoryBr,
    @NotBlank @Email @Size(max = 200) String email,
    @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "{outreach.phone.pattern}")
        String phone) {}
