package org.cppp.application;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another module's own rules need of an application whoever is asking: who its parties are and
 * its government share. Not a read for users: no visibility rule applies and nothing of it is shown
 * as such. The committee proposes conflicts of interest from it and counts a meeting pack's running
 * budget with it, also over the items the reader is recused from.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationParties {

  private final FundingApplicationRepository applications;

  ApplicationParties(FundingApplicationRepository applications) {
    this.applications = applications;
  }

  /** The application's factory, provider and government share, if it exists. */
  public Optional<Parties> of(String reference) {
    return applications
        .findByReference(reference)
        .map(
            a ->
                new Parties(
                    a.reference(), a.factoryBr(), a.providerCode(), a.governmentShareHkd()));
  }

  /**
   * An application's parties.
   *
   * @param providerCode {@code null} while no provider is named
   * @param governmentShareHkd {@code null} until it is submitted
   */
  public record Parties(
      String reference, String factoryBr, String providerCode, BigDecimal governmentShareHkd) {}
}
