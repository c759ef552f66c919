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

/** Tariffs as versioned data (HK$ per unit of a carrier, by region and date) for cost savings. */
@Service
@Transactional
public class Tariffs {

  private final RateTables rates;
  private final AuditTrail audit;
  private final Clock clock;

  Tariffs(RateTables rates, AuditTrail audit, Clock clock) {
    this.rates = rates;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every version, by carrier and region, newest first. */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public Page<TariffView> list(Pageable pageable) {
    return new PageImpl<>(
        rates.tariffs(pageable.getPageSize(), pageable.getOffset()),
        pageable,
        rates.countTariffs());
  }

  /** Adds a version (audited); tariffs apply to a factory's region, not to fuel combustion. */
  @PreAuthorize(VerificationPolicy.KEEP)
  public TariffView add(NewTariff tariff) {
    DateInput.on(clock).within("validFrom", tariff.validFrom());
    if (!tariff.region().isGrid()) {
      throw new RuleViolation("region", "verification.region.grid");
    }
    TariffView added = rates.add(tariff, CurrentUser.current().username());
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("carrier", added.carrier().name());
    changes.put("region", added.region().name());
    changes.put("validFrom", added.validFrom().toString());
    changes.put("priceHkd", added.priceHkd().toPlainString());
    changes.put("source", added.source());
    audit.record("tariff", String.valueOf(added.id()), "ADDED", changes);
    return added;
  }

  /** Whether the current user may add a version (the page offers its form only then). */
  @PreAuthorize(VerificationPolicy.READ)
  @Transactional(readOnly = true)
  public boolean mayAdd() {
    return VerificationPolicy.mayKeep(CurrentUser.current());
  }
}
