package org.cppp.verification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.DateInput;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emission factors as versioned data, each with its published source. Officers add versions
 * (audited); none is ever changed, so a signed result's versions stay as they were.
 */
@Service
@Transactional
public class EmissionFactors {

  private final RateTables rates;
  private final AuditTrail audit;
  private final Clock clock;

  EmissionFactors(RateTables rates, AuditTrail audit, Clock clock) {
    this.rates = rates;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every version, by pollutant, carrier and region, newest first. */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public Page<FactorView> list(Pageable pageable) {
    return new PageImpl<>(
        rates.factors(pageable.getPageSize(), pageable.getOffset()),
        pageable,
        rates.countFactors());
  }

  /**
   * Adds a version. Its unit must be kg per unit of the carrier; electricity's region is a grid,
   * fuels' is fuel combustion.
   */
  @PreAuthorize(VerificationPolicy.KEEP)
  public FactorView add(NewFactor factor) {
    DateInput.on(clock).within("validFrom", factor.validFrom());
    String unit = "kg/" + factor.carrier().unit();
    if (!unit.equals(factor.unit().strip())) {
      throw new RuleViolation("unit", "verification.factor.unit", unit);
    }
    if (factor.carrier().factorRegion(factor.region()) != factor.region()) {
      throw new RuleViolation("region", "verification.factor.region");
    }
    FactorView added = rates.add(factor, CurrentUser.current().username());
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("pollutant", added.pollutant().name());
    changes.put("carrier", added.carrier().name());
    changes.put("region", added.region().name());
    changes.put("validFrom", added.validFrom().toString());
    changes.put("value", added.value());
    changes.put("source", added.source());
    audit.record("emission-factor", String.valueOf(added.id()), "ADDED", changes);
    return added;
  }

  /** Whether the current user may add a version (the page offers its form only then). */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public boolean mayAdd() {
    return VerificationPolicy.mayKeep(CurrentUser.current());
  }
}
