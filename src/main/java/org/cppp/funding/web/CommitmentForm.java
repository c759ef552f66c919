package org.cppp.funding.web;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-commitment form's fields, as typed: budget added, a later end of the period, or both. */
public class CommitmentForm {

  @Digits(integer = 12, fraction = 2)
  private BigDecimal amountHkd;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate effectiveOn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate extendsTo;

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

  public LocalDate getExtendsTo() {
    return extendsTo;
  }

  public void setExtendsTo(LocalDate extendsTo) {
    this.extendsTo = extendsTo;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
