package org.cppp.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cppp.application.DecisionOutcome;
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
    return withVotes(
            jdbc.sql("select * from circulation where id = ?").param(id).query(this::row).list())
        .stream()
        .findFirst();
  }

  List<CirculationView> all() {
    return withVotes(
        jdbc.sql("select * from circulation order by status, deadline desc, id desc limit 500")
            .query(this::row)
            .list());
  }

  List<CirculationView> open() {
    return withVotes(
        jdbc.sql("select * from circulation where status = ? order by deadline, id")
            .param(CirculationStatus.OPEN.name())
            .query(this::row)
            .list());
  }

  /** The circulations with their votes, read in one query. */
  private List<CirculationView> withVotes(List<CirculationView> circulations) {
    if (circulations.isEmpty()) {
      return circulations;
    }
    Map<Long, List<VoteView>> votes = new HashMap<>();
    jdbc.sql(
            "select v.*, m.display_name, m.position from circulation_vote v"
                + " join committee_member m on m.id = v.member_id where v.circulation_id in (:ids)"
                + " order by v.voted_at")
        .param("ids", circulations.stream().map(CirculationView::id).toList())
        .query(
            rs -> {
              votes
                  .computeIfAbsent(rs.getLong("circulation_id"), k -> new ArrayList<>())
                  .add(
                      new VoteView(
                          rs.getLong("member_id"),
                          rs.getString("display_name"),
                          Position.valueOf(rs.getString("position")),
                          Vote.valueOf(rs.getString("vote")),
                          rs.getString("comment"),
                          rs.getTimestamp("voted_at").toInstant()));
            });
    return circulations.stream()
        .map(
            c ->
                new CirculationView(
                    c.id(),
                    c.applicationRef(),
                    c.variationId(),
                    c.note(),
                    c.deadline(),
                    c.status(),
                    c.outcome(),
                    c.resultNote(),
                    c.decidedOn(),
                    c.createdBy(),
                    c.createdOn(),
                    votes.getOrDefault(c.id(), List.of())))
        .toList();
  }

  private CirculationView row(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    String outcome = rs.getString("outcome");
    java.sql.Date decided = rs.getDate("decided_on");
    return new CirculationView(
        id,
        rs.getString("application_ref"),
        rs.getObject("variation_id", Long.class),
        rs.getString("note"),
        rs.getDate("deadline").toLocalDate(),
        CirculationStatus.valueOf(rs.getString("status")),
        outcome == null ? null : DecisionOutcome.valueOf(outcome),
        rs.getString("result_note"),
        decided == null ? null : decided.toLocalDate(),
        rs.getString("created_by"),
        rs.getDate("created_on").toLocalDate(),
        List.of());
  }
}
