package org.cppp.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A user to create. {@code factory} (a BR number) is required for applicants, {@code provider} (a
 * provider code) for providers' staff; other roles take neither. Without a {@code language} the
 * user's mails are in English.
 */
public record NewUser(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{user.username.pattern}")
        String username,
    @NotBlank
        @Size(
            min = PasswordPolicy.MIN_LENGTH,
            max = PasswordPolicy.MAX_LENGTH,
            message = "{user.password.size}")
        String password,
    @Size(max = 120) String displayName,
    @Email @Size(max = 200) String email,
    @NotEmpty Set<Role> roles,
    String factory,
    String provider,
    Language language) {

  public NewUser(
      String username,
      String password,
      String displayName,
      String email,
      Set<Role> roles,
      String factory,
      String provider) {
    this(username, password, displayName, email, roles, factory, provider, null);
  }
}
