package org.cppp.provider.web;

import java.time.LocalDate;
import org.cppp.provider.StatusChange;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The removal or reinstatement form: effective date and reason. */
public class StatusChangeForm {

  @DateTimeFormat(iso = ISO.DATE)
  private LocalDate on;

  private String reason;

  StatusChangeForm() {}

  StatusChangeForm(LocalDate on, String reason) {
    this.on = on;
    this.reason = reason;
  }

  StatusChange toChange() {
    return new StatusChange(on, reason);
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
