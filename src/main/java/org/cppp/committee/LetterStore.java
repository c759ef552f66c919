package org.cppp.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.cppp.application.DecisionOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest committee decision on an application, by meeting or by circulation. */
@Repository
class LetterStore {

  private final JdbcClient jdbc;

  LetterStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Row> latest(String reference) {
    return jdbc.sql(
            "select * from (select d.outcome, d.approved_amount_hkd, d.note, d.decided_on,"
                + " m.number as decided_by, d.recorded_at as at from item_decision d"
                + " join agenda_item i on i.id = d.item_id"
                + " join committee_meeting m on m.id = i.meeting_id where i.application_ref = ?"
                + " and i.kind = ? union all select c.outcome, null, c.result_note, c.decided_on,"
                + " 'circulation', now() from circulation c where c.application_ref = ? and"
                + " c.variation_id is null and c.status = ?)"
                + " x order by decided_on desc, at desc limit 1")
        .params(reference, ItemKind.APPLICATION.name(), reference, CirculationStatus.DECIDED.name())
        .query(
            (rs, i) ->
                new Row(
                    DecisionOutcome.valueOf(rs.getString("outcome")),
                    rs.getBigDecimal("approved_amount_hkd"),
                    rs.getString("note"),
                    rs.getDate("decided_on").toLocalDate(),
                    rs.getString("decided_by")))
        .optional();
  }

  /** A decision as stored. */
  record Row(
      DecisionOutcome outcome,
      BigDecimal approvedAmountHkd,
      String note,
      LocalDate decidedOn,
      String decidedBy) {}
}
