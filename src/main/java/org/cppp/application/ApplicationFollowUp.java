package org.cppp.application;

import java.time.LocalDate;
import java.util.Optional;
import org.cppp.outreach.FactoryFollowUp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells outreach whether a factory that attended an activity applied for funding afterwards. */
@Component
class ApplicationFollowUp implements FactoryFollowUp {

  private final FundingApplicationRepository applications;

  ApplicationFollowUp(FundingApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LocalDate> firstApplicationAfter(String factoryBr, LocalDate date) {
    return Optional.ofNullable(applications.firstCreatedAfter(factoryBr, date));
  }
}
