package org.cppp.outreach;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cppp.identity.Language;

/**
 * An enquiry an officer logs from the hotline; {@code receivedAt} defaults to now, {@code language}
 * (the enquirer's, which the answer is mailed in) to English.
 */
public record EnquiryCommand(
    @NotNull EnquiryChannel channel,
    @NotBlank @Size(max = 200) String topic,
    @Size(max = 120) String name,
    @Size(max = 200) String company,
    @Email @Size(max = 200) String email,
    @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "{outreach.phone.pattern}")
        String phone,
    @Pattern(regexp = "(\\d{8})?", message = "{outreach.factoryBr.pattern}") String factoryBr,
    @NotBlank @Size(max = 5000) String question,
    Instant receivedAt,
    Language language) {}
