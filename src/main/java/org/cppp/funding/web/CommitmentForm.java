package org.cppp.funding.web;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The add-budget form's fields, as typed. */
public class CommitmentForm {

  @Digits(integer = 12, fraction = 2)
  private BigDecimal amountHkd;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate effectiveOn;

  private String note;

  public BigDecimal getAmountHkd() {
    return amountHkd;
  }

  public void setAmountHkd(BigDecimal amountHkd) {
    this.amountHkd = amountHkd;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
