package org.cppp.verification;

import java.time.LocalDate;
import java.util.Optional;
import org.cppp.application.SignedVerifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the applications module whether the verification of an application's result is signed,
 * which a demonstration project's completion and final payment wait for: QA's signature on its case
 * (the case still signed), or a legacy result recorded from the programme's records. Read from the
 * frozen result the signature (or the record) wrote, through the index on the application. The
 * applications module owns the interface; this module implements it, since it depends on that one.
 */
@Component
class ApplicationSignOffs implements SignedVerifications {

  static final String SIGNED =
      "select r.case_id, r.signed_on, r.actor, r.computed_at, r.cost_saving_hkd"
          + " from verification_result r where r.application_ref = ?"
          + " and (r.reason = 'IMPORTED' or (r.reason = 'SIGNED' and exists (select 1 from"
          + " verification_case c where c.id = r.case_id and c.status = 'SIGNED')))"
          + " order by r.computed_at, r.id limit 1";

  private final JdbcClient jdbc;

  ApplicationSignOffs(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Signed> of(String applicationReference) {
    return jdbc.sql(SIGNED)
        .param(applicationReference)
        .query(
            (rs, row) ->
                new Signed(
                    rs.getObject("case_id", Long.class),
                    rs.getObject("signed_on", LocalDate.class),
                    rs.getString("actor"),
                    rs.getTimestamp("computed_at").toInstant(),
                    rs.getBigDecimal("cost_saving_hkd")))
        .optional();
  }
}
