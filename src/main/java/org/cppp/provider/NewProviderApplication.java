package org.cppp.provider;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a provider sends on the public site to join the register: its details, contact and base, and
 * its GDEIC registration with the certificate (required when based in Guangdong).
 *
 * @param certificateName the certificate's file name as sent, or {@code null} without one
 * @param certificate the certificate's bytes, or {@code null} (or empty) without one
 */
public record NewProviderApplication(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 200) String nameZh,
    @NotNull ProviderBase base,
    @NotEmpty Set<Specialism> specialisms,
    @NotBlank @Size(max = 120) String contactPerson,
    @NotBlank @Pattern(regexp = "[0-9+() -]{6,30}", message = "{provider.phone.pattern}")
        String contactPhone,
    @NotBlank @Email @Size(max = 200) String contactEmail,
    @Size(max = 60) String gdeicRegistrationNo,
    LocalDate gdeicValidUntil,
    String certificateName,
    byte[] certificate) {

  public NewProviderApplication {
    specialisms = specialisms == null ? Set.of() : Set.copyOf(specialisms);
  }

  /** Whether a certificate file came with it. */
  public boolean hasCertificate() {
    return certificate != null && certificate.length > 0;
  }
}
