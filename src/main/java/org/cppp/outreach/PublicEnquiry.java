package org.cppp.outreach;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An enquiry sent through the public form; an e-mail or a phone number is needed to answer. */
public record PublicEnquiry(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 200) String company,
    @Email @Size(max = 200) String email,
    @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "{outreach.phone.pattern}")
        String phone,
    @NotBlank @Size(max = 200) String topic,
    @NotBlank @Size(max = 5000) String message) {}
