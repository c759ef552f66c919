package org.cppp.outreach;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone who came (from a CSV line or typed in on the day). */
public record Attendee(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 200) String company,
    @Pattern(regexp = "(\\d{8})?", message = "{outreach.factoryBr.pattern}") String factoryBr,
    @Email @Size(max = 200) String email) {

  public Attendee {
    name = name == null ? null : name.trim();
    company = company == null || company.isBlank() ? null : company.trim();
    factoryBr = factoryBr == null || factoryBr.isBlank() ? null : factoryBr.trim();
    email = email == null || email.isBlank() ? null : email.trim();
  }
}
