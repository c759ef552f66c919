package org.cppp.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.FactoryHoldings;
import org.cppp.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A factory's applications (and their feed) move with it when the register merges it into another.
 * Not while one is before the committee (ready or deferred): the committee's agenda, conflicts and
 * minutes name the factory as it was screened, so the officer settles that application first.
 */
@Component
class ApplicationFactoryHoldings implements FactoryHoldings {

  static final Set<ApplicationStatus> BEFORE_COMMITTEE =
      EnumSet.of(ApplicationStatus.READY_FOR_COMMITTEE, ApplicationStatus.DEFERRED);

  private final FundingApplicationRepository applications;
  private final AuditTrail audit;
  private final JdbcClient jdbc;

  ApplicationFactoryHoldings(
      FundingApplicationRepository applications, AuditTrail audit, JdbcClient jdbc) {
    this.applications = applications;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RuleViolation> refusalToMove(String brNumber) {
    return refusal(applications.lockByFactoryBr(brNumber));
  }

  @Override
  public int move(String from, String to) {
    List<FundingApplication> moving = applications.lockByFactoryBr(from);
    refusal(moving)
        .ifPresent(
            r -> {
              throw r;
            });
    for (FundingApplication application : moving) {
      application.moveToFactory(to);
      audit.record(
          FundingApplications.AUDIT_TYPE,
          application.reference(),
          "FACTORY_MERGED",
          Map.of("from", from, "to", to));
    }
    applications.saveAll(moving);
    jdbc.sql("update application_feed set factory_br = ? where factory_br = ?")
        .params(to, from)
        .update();
    return moving.size();
  }

  private static Optional<RuleViolation> refusal(List<FundingApplication> applications) {
    List<String> before =
        applications.stream()
            .filter(a -> BEFORE_COMMITTEE.contains(a.status()))
            .map(FundingApplication::reference)
            .toList();
    return before.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new RuleViolation(
                "mergedBr", "application.merge.before-committee", String.join(", ", before)));
  }
}
