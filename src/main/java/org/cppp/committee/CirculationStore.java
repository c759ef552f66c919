package org.cppp.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Circulations and their votes, as read (the {@link Circulation} aggregate writes them). */
@Repository
class CirculationStore {

  private final JdbcClient jdbc;

  CirculationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<CirculationView> find(long id) {
    return jdbc.sql("select * from circulation where id = ?").param(id).query(this::row).optional();
  }

  List<CirculationView> all() {
    return jdbc.sql("select * from circulation order by status, deadline desc, id desc limit 500")
        .query(this::row)
        .list();
  }

  List<CirculationView> open() {
    return jdbc.sql("select * from circulation where status = ? order by deadline, id")
        .param(CirculationStatus.OPEN.name())
        .query(this::row)
        .list();
  }

  private List<VoteView> votes(long id) {
    return jdbc.sql(
            "select v.*, m.display_name, m.position from circulation_vote v"
                + " join committee_member m on m.id = v.member_id where v.circulation_id = ?"
                + " order by v.voted_at")
        .param(id)
        .query(
            (rs, i) ->
                new VoteView(
                    rs.getLong("member_id"),
                    rs.getString("display_name"),
                    Position.valueOf(rs.getString("position")),
                    Vote.valueOf(rs.getString("vote")),
                    rs.getString("comment"),
                    rs.getTimestamp("voted_at").toInstant()))
        .list();
  }

  private CirculationView row(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    String outcome = rs.getString("outcome");
    java.sql.Date decided = rs.getDate("decided_on");
    return new CirculationView(
        id,
        rs.getString("application_ref"),
        rs.getString("note"),
        rs.getDate("deadline").toLocalDate(),
        CirculationStatus.valueOf(rs.getString("status")),
        outcome == null ? null : Outcome.valueOf(outcome),
        rs.getString("result_note"),
        decided == null ? null : decided.toLocalDate(),
        rs.getString("created_by"),
        rs.getDate("created_on").toLocalDate(),
        votes(id));
  }
}
