package org.cppp.committee;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cppp.application.DecisionOutcome;
import org.cppp.funding.Scheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Delegated authorities and the decisions taken under them (tables {@code delegated_*}). */
@Repository
class DelegationStore {

  private static final String SELECT =
      "select a.*, m.number, m.meeting_date, m.status, (select string_agg(s.scheme, ',' order by"
          + " s.scheme) from delegated_authority_scheme s where s.authority_id = a.id) schemes"
          + " from delegated_authority a join committee_meeting m on m.id = a.meeting_id ";

  /** A decision under an authority, as it is listed for noting. */
  record Taken(
      long id,
      long authorityId,
      String applicationRef,
      String title,
      Scheme scheme,
      DecisionOutcome outcome,
      BigDecimal amountHkd,
      LocalDate decidedOn,
      String recordedBy,
      Long notingItemId) {

    DelegatedDecisionView view() {
      return new DelegatedDecisionView(
          id,
          authorityId,
          applicationRef,
          title,
          scheme,
          outcome,
          amountHkd,
          decidedOn,
          recordedBy,
          notingItemId);
    }
  }

  private final JdbcClient jdbc;

  DelegationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long meetingId, NewDelegation d, String actor) {
    long id =
        jdbc.sql(
                "insert into delegated_authority (meeting_id, max_government_share_hkd,"
                    + " valid_until, resolution, created_by) values (?, ?, ?, ?, ?) returning id")
            .params(meetingId, d.maxGovernmentShareHkd(), d.validUntil(), d.resolution(), actor)
            .query(Long.class)
            .single();
    for (Scheme scheme : d.schemes()) {
      jdbc.sql("insert into delegated_authority_scheme (authority_id, scheme) values (?, ?)")
          .params(id, scheme.name())
          .update();
    }
    return id;
  }

  Optional<DelegatedAuthority> find(long id) {
    return jdbc.sql(SELECT + "where a.id = ?").param(id).query(this::row).optional();
  }

  List<DelegatedAuthority> ofMeeting(long meetingId) {
    return jdbc.sql(SELECT + "where a.meeting_id = ? order by a.id")
        .param(meetingId)
        .query(this::row)
        .list();
  }

  /** Authorities whose period has not ended on {@code on} (a handful: a committee resolves few). */
  List<DelegatedAuthority> current(LocalDate on) {
    return jdbc.sql(SELECT + "where a.valid_until >= ? order by a.valid_until, a.id")
        .param(on)
        .query(this::row)
        .list();
  }

  long recordDecision(long authorityId, Taken t) {
    return jdbc.sql(
            "insert into delegated_decision (authority_id, application_ref, title, scheme,"
                + " outcome, amount_hkd, decided_on, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " returning id")
        .params(
            authorityId,
            t.applicationRef(),
            t.title(),
            t.scheme().name(),
            t.outcome().name(),
            t.amountHkd(),
            t.decidedOn(),
            t.recordedBy())
        .query(Long.class)
        .single();
  }

  /** Decisions not yet on any meeting's agenda for noting, oldest first. */
  List<Taken> pending() {
    return jdbc.sql(
            "select * from delegated_decision where noting_item_id is null order by decided_on, id")
        .query(this::taken)
        .list();
  }

  /** Decisions listed for noting on this meeting's agenda. */
  List<Taken> notedAt(long meetingId) {
    return jdbc.sql(
            "select d.* from delegated_decision d join agenda_item i on i.id = d.noting_item_id"
                + " where i.meeting_id = ? order by i.position")
        .param(meetingId)
        .query(this::taken)
        .list();
  }

  void noted(long decisionId, long itemId) {
    jdbc.sql("update delegated_decision set noting_item_id = ? where id = ?")
        .params(itemId, decisionId)
        .update();
  }

  private DelegatedAuthority row(ResultSet rs, int row) throws SQLException {
    String schemes = rs.getString("schemes");
    return new DelegatedAuthority(
        rs.getLong("id"),
        rs.getLong("meeting_id"),
        rs.getString("number"),
        rs.getDate("meeting_date").toLocalDate(),
        MeetingStatus.valueOf(rs.getString("status")),
        schemes == null
            ? List.of()
            : Arrays.stream(schemes.split(",")).map(Scheme::valueOf).toList(),
        rs.getBigDecimal("max_government_share_hkd"),
        rs.getDate("valid_until").toLocalDate(),
        rs.getString("resolution"),
        rs.getString("created_by"));
  }

  private Taken taken(ResultSet rs, int row) throws SQLException {
    return new Taken(
        rs.getLong("id"),
        rs.getLong("authority_id"),
        rs.getString("application_ref"),
        rs.getString("title"),
        Scheme.valueOf(rs.getString("scheme")),
        DecisionOutcome.valueOf(rs.getString("outcome")),
        rs.getBigDecimal("amount_hkd"),
        rs.getDate("decided_on").toLocalDate(),
        rs.getString("recorded_by"),
        rs.getObject("noting_item_id", Long.class));
  }
}
