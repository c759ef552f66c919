package org.cppp.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an action needs besides the application: a note (required to return, reject, defer or
 * withdraw), the date it takes effect (default today; staff only may give another), and for
 * completion the final cost.
 */
public record ActionInput(
    @Size(max = 5000) String note,
    LocalDate on,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal finalCostHkd) {

  public static ActionInput none() {
    return new ActionInput(null, null, null);
  }
}
