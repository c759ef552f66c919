package org.cppp.verification;

import java.util.Optional;
import org.cppp.application.SignedVerifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the applications module whether QA signed the verification of an application's result,
 * which a demonstration project's completion and final payment wait for. The applications module
 * owns the interface; this module implements it, since it depends on that one.
 */
@Component
class ApplicationSignOffs implements SignedVerifications {

  private final JdbcClient jdbc;

  ApplicationSignOffs(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Signed> of(String applicationReference) {
    return jdbc.sql(
            "select id, signed_on, signed_by from verification_case"
                + " where application_ref = ? and status = ?")
        .params(applicationReference, CaseStatus.SIGNED.name())
        .query(
            (rs, n) ->
                new Signed(
                    rs.getLong("id"),
                    rs.getObject("signed_on", java.time.LocalDate.class),
                    rs.getString("signed_by")))
        .optional();
  }
}
