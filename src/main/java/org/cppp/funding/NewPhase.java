package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A phase to add. Each scheme appears exactly once; {@code repeatAssessmentYears} and each scheme's
 * {@code completionMonths} default to the previous phase's when {@code null}. The name is given in
 * English and, optionally, in Traditional and Simplified Chinese (English stands in for a missing
 * one).
 */
public record NewPhase(
    @NotBlank @Size(max = 120) String name,
    @NotNull LocalDate effectiveFrom,
    Integer repeatAssessmentYears,
    List<Terms> schemes,
    @Size(max = 120) String nameZhHk,
    @Size(max = 120) String nameZhCn) {

  /** A phase named in English only. */
  public NewPhase(
      String name, LocalDate effectiveFrom, Integer repeatAssessmentYears, List<Terms> schemes) {
    this(name, effectiveFrom, repeatAssessmentYears, schemes, null, null);
  }

  /**
   * One scheme's terms as given.
   *
   * @param ceilingHkd the ceiling in HK$, called {@code ceiling} in JSON
   */
  public record Terms(
      Scheme scheme,
      BigDecimal share,
      @JsonProperty("ceiling") @Digits(integer = 12, fraction = 2) BigDecimal ceilingHkd,
      Integer completionMonths) {}
}
