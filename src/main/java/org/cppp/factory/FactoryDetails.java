package org.cppp.factory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A factory to register, or its new details. {@code brNumber} is required to register and may be
 * left out (or must be the same) to update; {@code registeredOn} defaults to today; {@code
 * version}, when given on an update, must be the version the caller read (else 409).
 */
public record FactoryDetails(
    @Pattern(regexp = "[0-9]{8}", message = "{factory.brNumber.format}") String brNumber,
    @NotBlank @Size(max = 200) String nameEn,
    @Size(max = 200) String nameZh,
    @NotNull Boolean hkOwned,
    @NotBlank @Size(max = 30) String city,
    @NotNull Sector sector,
    LocalDate registeredOn,
    @NotBlank @Size(max = 400) String address,
    @Size(max = 120) String contactPerson,
    @Size(max = 40) String contactPhone,
    @Email @Size(max = 200) String contactEmail,
    Long version) {}
