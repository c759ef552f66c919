package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * Applications at one stage before their decision, at the government share quoted when they were
 * submitted.
 *
 * @param applications how many
 * @param quotedShareHkd their quoted government shares, summed
 */
public record PipelineStage(
    Stage stage,
    long applications,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quotedShareHkd) {

  /** Where an undecided application stands. */
  public enum Stage {
    /** Submitted, in screening, returned for information, or deferred back to screening. */
    SCREENING,
    /** Screened and ready for the committee: on an agenda, or waiting for one. */
    COMMITTEE
  }
}
