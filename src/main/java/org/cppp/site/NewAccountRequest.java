package org.cppp.site;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cppp.factory.Sector;
import org.cppp.identity.PasswordPolicy;

/** What a factory fills in to ask for an applicant account. */
public record NewAccountRequest(
    @NotBlank @Pattern(regexp = "[0-9]{8}", message = "{site.register.br}") String brNumber,
    @NotBlank @Size(max = 200) String nameEn,
    @Size(max = 200) String nameZh,
    @NotNull Boolean hkOwned,
    @NotBlank @Size(max = 30) String city,
    @NotNull Sector sector,
    @NotBlank @Size(max = 400) String address,
    @NotBlank @Size(max = 120) String contactPerson,
    @NotBlank @Pattern(regexp = "[0-9+() -]{6,40}", message = "{site.register.phone}")
        String contactPhone,
    @NotBlank @Email @Size(max = 200) String contactEmail,
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{user.username.pattern}")
        String username,
    @NotBlank
        @Size(
            min = PasswordPolicy.MIN_LENGTH,
            max = PasswordPolicy.MAX_LENGTH,
            message = "{user.password.size}")
        String password) {}
