package org.cppp.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the verification module provides so that a demonstration project is completed (and finally
 * paid) only with a signed verification of its result. The verification module depends on this one,
 * so it implements this interface, as {@link DecisionAuthorities} is implemented by the committee;
 * without it nothing counts as signed.
 */
public interface SignedVerifications {

  /**
   * The signed verification of this application's result: QA's signature on its case, or a result
   * signed before CPPP and recorded from the programme's records (a legacy result).
   */
  Optional<Signed> of(String applicationReference);

  /**
   * A signed verification result.
   *
   * @param caseId its case; {@code null} for a legacy result, which has none
   * @param signedOn the day it was signed
   * @param signedBy QA who signed it, or the officer who recorded the legacy result
   * @param recordedAt when it was signed (or recorded) in CPPP
   * @param costSavingHkdPerYear the cost it saves a year, as signed
   */
  record Signed(
      Long caseId,
      LocalDate signedOn,
      String signedBy,
      Instant recordedAt,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal costSavingHkdPerYear) {

    /** Whether it is a legacy result (signed before CPPP, recorded from the records). */
    @JsonProperty
    public boolean legacy() {
      return caseId == null;
    }
  }
}
