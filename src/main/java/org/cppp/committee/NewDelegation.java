package org.cppp.committee;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.Scheme;

/**
 * A resolution of delegated authority to record for a held meeting.
 *
 * @param schemes the schemes officers may decide under it
 * @param maxGovernmentShareHkd the largest government share it covers (HK$, 2 decimals)
 * @param validUntil the last day decisions may be taken under it
 * @param resolution the resolution's wording, as the minutes record it
 */
public record NewDelegation(
    List<Scheme> schemes,
    @Digits(integer = 12, fraction = 2) BigDecimal maxGovernmentShareHkd,
    LocalDate validUntil,
    String resolution) {}
