package org.cppp.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Circulations and their votes. */
@Repository
class CirculationStore {

  private final JdbcClient jdbc;

  CirculationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String ref, String note, LocalDate deadline, String actor, LocalDate today) {
    return jdbc.sql(
            "insert into circulation (application_ref, note, deadline, status, created_by,"
                + " created_on) values (?, ?, ?, 'OPEN', ?, ?) returning id")
        .params(ref, note, deadline, actor, today)
        .query(Long.class)
        .single();
  }

  boolean openFor(String ref) {
    return jdbc.sql(
                "select count(*) from circulation where application_ref = ? and status = 'OPEN'")
            .param(ref)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<CirculationView> find(long id) {
    return jdbc.sql("select * from circulation where id = ?").param(id).query(this::row).optional();
  }

  Optional<CirculationView> lock(long id) {
    return jdbc.sql("select * from circulation where id = ? for update")
        .param(id)
        .query(this::row)
        .optional();
  }

  List<CirculationView> all() {
    return jdbc.sql("select * from circulation order by status, deadline desc, id desc limit 500")
        .query(this::row)
        .list();
  }

  List<CirculationView> open() {
    return jdbc.sql("select * from circulation where status = 'OPEN' order by deadline, id")
        .query(this::row)
        .list();
  }

  void vote(long id, long memberId, Vote vote, String comment) {
    jdbc.sql(
            "insert into circulation_vote (circulation_id, member_id, vote, comment)"
                + " values (?, ?, ?, ?) on conflict (circulation_id, member_id) do update set"
                + " vote = excluded.vote, comment = excluded.comment, voted_at = now()")
        .params(id, memberId, vote.name(), comment)
        .update();
  }

  void close(long id, CirculationStatus status, Outcome outcome, String note, LocalDate on) {
    jdbc.sql(
            "update circulation set status = ?, outcome = ?, result_note = ?, decided_on = ?,"
                + " version = version + 1 where id = ?")
        .params(status.name(), outcome == null ? null : outcome.name(), note, on, id)
        .update();
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
