package org.cppp.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.Scheme;

/**
 * A delegated authority an officer may decide an application under.
 *
 * @param citation how decisions under it cite it (the resolving meeting and the authority)
 * @param maxGovernmentShareHkd the largest government share it covers
 */
public record DelegationOption(
    long id,
    String citation,
    List<Scheme> schemes,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal maxGovernmentShareHkd,
    LocalDate validUntil) {

  public DelegationOption {
    schemes = List.copyOf(schemes);
  }
}
