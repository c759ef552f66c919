package org.cppp.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail's facade: record an event, read a record's trail. */
@Service
public class AuditTrail {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that the current user (or {@code system}) did {@code action} to a record. Joins the
   * caller's transaction, so the change and its audit line are saved together or not at all.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String subjectType, String subjectId, String action, Map<String, ?> changes) {
    jdbc.sql(
            "insert into audit_event (actor, subject_type, subject_id, action, changes)"
                + " values (?, ?, ?, ?, cast(? as jsonb))")
        .params(currentActor(), subjectType, subjectId, action, json.writeValueAsString(changes))
        .update();
  }

  /**
   * Records the same action on many records at once (bulk imports): one line per record, written in
   * one statement. Joins the caller's transaction like {@link #record}.
   *
   * @param changesBySubjectId each record's id and what changed on it
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordEach(
      String subjectType, String action, Map<String, ? extends Map<String, ?>> changesBySubjectId) {
    if (changesBySubjectId.isEmpty()) {
      return;
    }
    String[] ids = changesBySubjectId.keySet().toArray(String[]::new);
    String[] changes =
        changesBySubjectId.values().stream().map(json::writeValueAsString).toArray(String[]::new);
    jdbc.sql(
            "insert into audit_event (actor, subject_type, subject_id, action, changes)"
                + " select ?, ?, s.id, ?, cast(s.changes as jsonb)"
                + " from unnest(cast(? as text[]), cast(? as text[])) as s (id, changes)")
        .params(currentActor(), subjectType, action, ids, changes)
        .update();
  }

  /** A record's trail, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> of(String subjectType, String subjectId) {
    return jdbc.sql(
            "select * from audit_event where subject_type = ? and subject_id = ?"
                + " order by id desc limit 500")
        .params(subjectType, subjectId)
        .query(this::entry)
        .list();
  }

  /**
   * What these users did, newest first, at most {@code limit} (index {@code audit_event_actor}).
   */
  @Transactional(readOnly = true)
  public List<AuditEntry> byActors(java.util.Collection<String> actors, int limit) {
    if (actors.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from audit_event where actor in (:actors) order by id desc limit :limit")
        .param("actors", actors)
        .param("limit", limit)
        .query(this::entry)
        .list();
  }

  /** The most recent events of one kind of record, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> recent(String subjectType, int limit) {
    return jdbc.sql("select * from audit_event where subject_type = ? order by id desc limit ?")
        .params(subjectType, limit)
        .query(this::entry)
        .list();
  }

  /**
   * Replaces the personal fields ({@link #PERSONAL_FIELDS}) of at most {@code limit} entries that
   * occurred before {@code cutoff} with {@code marker}, once per entry; answers how many. The
   * entries' actor, record, action, time and other fields stay. The trail is otherwise append-only:
   * only a transaction that sets {@code cppp.audit_anonymise} may do this (V107).
   */
  @Transactional
  public int anonymisePersonalFields(java.time.Instant cutoff, int limit, String marker) {
    jdbc.sql("select set_config('cppp.audit_anonymise', 'on', true)").query().singleValue();
    int done =
        jdbc.sql(
                "update audit_event e set anonymised_at = now(), changes = (select"
                    + " jsonb_object_agg(c.key, case when c.key = any(cast(:keys as text[]))"
                    + " then to_jsonb(cast(:marker as text)) else c.value end)"
                    + " from jsonb_each(e.changes) c) where e.id in (select id from audit_event"
                    + " where anonymised_at is null and jsonb_exists_any(changes, array["
                    + PERSONAL_FIELD_LIST
                    + "]) and occurred_at < :before order by occurred_at limit :limit)")
            .param("keys", PERSONAL_FIELDS.toArray(String[]::new))
            .param("marker", marker)
            .param("before", java.sql.Timestamp.from(cutoff))
            .param("limit", limit)
            .update();
    jdbc.sql("select set_config('cppp.audit_anonymise', 'off', true)").query().singleValue();
    return done;
  }

  /** The fields of an entry's changes that hold personal data (the index of V107 names them). */
  public static final List<String> PERSONAL_FIELDS =
      List.of(
          "contactPerson",
          "contactPhone",
          "contactEmail",
          "email",
          "phone",
          "address",
          "displayName",
          "question",
          "sentTo",
          "recipient");

  // spelled as literals so that the planner matches the partial index's predicate
  private static final String PERSONAL_FIELD_LIST =
      String.join(", ", PERSONAL_FIELDS.stream().map(f -> "'" + f + "'").toList());

  static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth.getName() == null ? "system" : auth.getName();
  }

  private AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("action"),
        json.readValue(rs.getString("changes"), MAP));
  }
}
