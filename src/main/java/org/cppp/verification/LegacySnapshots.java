package org.cppp.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cppp.application.ApplicationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Legacy results as frozen snapshots without a case ({@code reason = IMPORTED}), dated the day they
 * were signed, so the outcomes add them up with the cases' results.
 */
@Component
class LegacySnapshots {

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  LegacySnapshots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean recorded(String reference) {
    return jdbc.sql(
            "select exists (select 1 from verification_result where application_ref = ?"
                + " and reason = 'IMPORTED')")
        .param(reference)
        .query(Boolean.class)
        .single();
  }

  long save(LegacyResult r, ApplicationView application, String actor) {
    BigDecimal cost =
        application.finalCostHkd() != null
            ? application.finalCostHkd()
            : application.totalCostHkd();
    return jdbc.sql(
            "insert into verification_result (application_ref, computed_on, reason, actor, note,"
                + " signed_on, technology, sector, scheme, electricity_mwh, co2_t, nox_t, so2_t, voc_t,"
                + " pm_t, wastewater_m3, cost_saving_hkd, project_cost_hkd, result, inputs) values"
                + " (?, ?, 'IMPORTED', ?, 'Recorded from legacy data', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, cast(? as jsonb), '{}'::jsonb) returning id")
        .params(
            application.reference(),
            r.signedOn(),
            actor,
            r.signedOn(),
            application.technology() == null ? null : application.technology().name(),
            application.factorySector(),
            application.scheme().name(),
            r.electricityKwh().movePointLeft(3),
            r.co2Tonnes(),
            r.noxTonnes(),
            r.so2Tonnes(),
            r.vocTonnes(),
            r.pmTonnes(),
            r.wastewaterM3(),
            r.costSavingHkd().setScale(2, RoundingMode.UNNECESSARY),
            cost == null ? BigDecimal.ZERO : cost,
            json.writeValueAsString(r))
        .query(Long.class)
        .single();
  }
}
