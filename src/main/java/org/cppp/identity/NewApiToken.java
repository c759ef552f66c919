package org.cppp.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A token to create: a name to recognise it by, its scopes ({@code WRITE} includes {@code READ})
 * and an optional last day of validity.
 */
public record NewApiToken(
    @NotBlank @Size(max = 100) String name,
    @NotEmpty @Size(max = 2) List<@NotNull TokenScope> scopes,
    LocalDate expiresOn) {}
