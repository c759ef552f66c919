package org.cppp.verification;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's verified outcomes for reports: the signed annual figures (reductions per
 * pollutant, electricity MWh, wastewater m3, cost saving) of the cases signed in a date range, each
 * by its latest snapshot as at a date, added up in the database, in total and per technology
 * category. Read by everyone who reads the progress report (its readers include the committee);
 * figures only, no case or factory.
 */
@Service
@Transactional(readOnly = true)
public class VerificationOutcomes {

  private final ResultSnapshots snapshots;

  VerificationOutcomes(ResultSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  /**
   * @param signedFrom first signing date counted
   * @param signedTo last signing date counted
   * @param asAt what was known on this date: later signatures and re-computations are left out
   */
  @PreAuthorize(VerificationPolicy.READ_OUTCOMES)
  public OutcomeFigures signed(LocalDate signedFrom, LocalDate signedTo, LocalDate asAt) {
    LocalDate to = signedTo.isAfter(asAt) ? asAt : signedTo;
    return snapshots.figures(signedFrom, to, asAt);
  }
}
