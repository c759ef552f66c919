package org.cppp.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cppp.identity.PasswordPolicy;

/** The self-service password change: the current password, the new one, and the new one again. */
public class PasswordForm {

  @NotBlank(message = "{user.password.current.required}")
  private String currentPassword;

  @NotBlank(message = "{user.password.size}")
  @Size(
      min = PasswordPolicy.MIN_LENGTH,
      max = PasswordPolicy.MAX_LENGTH,
      message = "{user.password.size}")
  private String newPassword;

  private String repeatPassword;

  boolean repeatedCorrectly() {
    return newPassword != null && newPassword.equals(repeatPassword);
  }

  /** Passwords are never sent back to the browser. */
  void forget() {
    currentPassword = null;
    newPassword = null;
    repeatPassword = null;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
