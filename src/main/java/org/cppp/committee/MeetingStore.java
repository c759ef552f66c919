package org.cppp.committee;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cppp.funding.Scheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, agenda items, papers, attendance, declarations and decisions. */
@Repository
class MeetingStore {

  private static final String ITEM_SELECT =
      "select i.*, d.outcome, d.approved_amount_hkd, d.note as d_note, d.decided_on,"
          + " d.recorded_by from agenda_item i left join item_decision d on d.item_id = i.id ";

  private final JdbcClient jdbc;

  MeetingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(NewMeeting m, LocalDate deadline, String actor) {
    return jdbc.sql(
            "insert into committee_meeting (number, title, meeting_date, start_time, venue,"
                + " online_link, declaration_deadline, status, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?) returning id")
        .params(
            m.number().trim(),
            m.title().trim(),
            m.date(),
            m.startTime(),
            nz(m.venue()),
            nz(m.onlineLink()),
            deadline,
            actor)
        .query(Long.class)
        .single();
  }

  boolean numberTaken(String number) {
    return jdbc.sql("select count(*) from committee_meeting where number = ?")
            .param(number.trim())
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<MeetingView> find(long id) {
    return jdbc.sql("select * from committee_meeting where id = ?")
        .param(id)
        .query(this::meeting)
        .optional();
  }

  Optional<MeetingView> lock(long id) {
    return jdbc.sql("select * from committee_meeting where id = ? for update")
        .param(id)
        .query(this::meeting)
        .optional();
  }

  List<MeetingView> all(int limit, long offset) {
    return jdbc.sql(
            "select * from committee_meeting order by meeting_date desc, id desc limit ? offset ?")
        .params(limit, offset)
        .query(this::meeting)
        .list();
  }

  long count() {
    return jdbc.sql("select count(*) from committee_meeting").query(Long.class).single();
  }

  List<MeetingView> upcoming(LocalDate from) {
    return jdbc.sql(
            "select * from committee_meeting where meeting_date >= ?"
                + " and status in ('SCHEDULED', 'CIRCULATED') order by meeting_date, id")
        .param(from)
        .query(this::meeting)
        .list();
  }

  void status(long id, MeetingStatus status) {
    jdbc.sql("update committee_meeting set status = ?, version = version + 1 where id = ?")
        .params(status.name(), id)
        .update();
  }

  void minutes(long id, String text) {
    jdbc.sql("update committee_meeting set minutes_text = ?, version = version + 1 where id = ?")
        .params(text, id)
        .update();
  }

  void confirmed(long id, long byMeeting, LocalDate on) {
    jdbc.sql(
            "update committee_meeting set status = 'MINUTES_CONFIRMED', minutes_confirmed_by = ?,"
                + " minutes_confirmed_on = ?, version = version + 1 where id = ?")
        .params(byMeeting, on, id)
        .update();
  }

  List<AgendaItemView> items(long meetingId) {
    return jdbc.sql(ITEM_SELECT + "where i.meeting_id = ? order by i.position, i.id")
        .param(meetingId)
        .query(this::itemRow)
        .list();
  }

  Optional<AgendaItemView> item(long itemId) {
    return jdbc.sql(ITEM_SELECT + "where i.id = ?").param(itemId).query(this::itemRow).optional();
  }

  /** The item, its row locked until the transaction ends: one decision at a time. */
  Optional<AgendaItemView> lockItem(long itemId) {
    jdbc.sql("select id from agenda_item where id = ? for update")
        .param(itemId)
        .query(Long.class)
        .optional();
    return item(itemId);
  }

  /** Open (not decided, meeting not cancelled) application items for this reference elsewhere. */
  boolean onAnotherOpenAgenda(String reference, long meetingId) {
    return jdbc.sql(
                "select count(*) from agenda_item i join committee_meeting m on m.id = i.meeting_id"
                    + " left join item_decision d on d.item_id = i.id where i.application_ref = ?"
                    + " and i.kind = 'APPLICATION' and i.meeting_id <> ? and d.item_id is null"
                    + " and i.withdrawn_as is null and m.status <> 'CANCELLED'")
            .params(reference, meetingId)
            .query(Long.class)
            .single()
        > 0;
  }

  long addItem(
      long meetingId,
      ItemKind kind,
      String ref,
      Scheme scheme,
      String title,
      String description,
      Long confirms) {
    int position =
        jdbc.sql("select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ?")
            .param(meetingId)
            .query(Integer.class)
            .single();
    return jdbc.sql(
            "insert into agenda_item (meeting_id, position, kind, application_ref, scheme, title,"
                + " description, confirms_meeting) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            meetingId,
            position,
            kind.name(),
            ref,
            scheme == null ? null : scheme.name(),
            title,
            nz(description),
            confirms)
        .query(Long.class)
        .single();
  }

  void position(long itemId, int position) {
    jdbc.sql("update agenda_item set position = ? where id = ?").params(position, itemId).update();
  }

  void deleteItem(long itemId) {
    jdbc.sql("delete from interest_declaration where item_id = ?").param(itemId).update();
    jdbc.sql("delete from agenda_paper where item_id = ?").param(itemId).update();
    jdbc.sql("delete from agenda_item where id = ?").param(itemId).update();
  }

  long addPaper(long itemId, String filename, boolean restricted, byte[] content, String actor) {
    return jdbc.sql(
            "insert into agenda_paper (item_id, filename, restricted, size_bytes, content,"
                + " uploaded_by) values (?, ?, ?, ?, ?, ?) returning id")
        .params(itemId, filename, restricted, content.length, content, actor)
        .query(Long.class)
        .single();
  }

  List<PaperView> papers(long meetingId) {
    return jdbc.sql(
            "select p.id, p.item_id, p.filename, p.restricted, p.size_bytes, p.uploaded_by,"
                + " p.uploaded_at from agenda_paper p join agenda_item i on i.id = p.item_id"
                + " where i.meeting_id = ? order by i.position, p.id")
        .param(meetingId)
        .query(
            (rs, i) ->
                new PaperView(
                    rs.getLong("id"),
                    rs.getLong("item_id"),
                    rs.getString("filename"),
                    rs.getBoolean("restricted"),
                    rs.getLong("size_bytes"),
                    rs.getString("uploaded_by"),
                    rs.getTimestamp("uploaded_at").toInstant()))
        .list();
  }

  Optional<Paper> paper(long paperId) {
    return jdbc.sql(
            "select p.*, i.meeting_id from agenda_paper p join agenda_item i on i.id = p.item_id"
                + " where p.id = ?")
        .param(paperId)
        .query(
            (rs, i) ->
                new Paper(
                    rs.getLong("meeting_id"),
                    rs.getLong("item_id"),
                    rs.getString("filename"),
                    rs.getBoolean("restricted"),
                    rs.getBytes("content")))
        .optional();
  }

  /** A stored paper with the item and meeting it belongs to. */
  record Paper(long meetingId, long itemId, String filename, boolean restricted, byte[] content) {}

  void attendance(long meetingId, long memberId, AttendanceStatus status) {
    jdbc.sql(
            "insert into meeting_attendance (meeting_id, member_id, status) values (?, ?, ?)"
                + " on conflict (meeting_id, member_id) do update set status = excluded.status")
        .params(meetingId, memberId, status.name())
        .update();
  }

  List<AttendanceView> attendance(long meetingId) {
    return jdbc.sql(
            "select a.member_id, a.status, m.display_name, m.position, m.organisation_code"
                + " from meeting_attendance a join committee_member m on m.id = a.member_id"
                + " where a.meeting_id = ? order by m.position, m.display_name")
        .param(meetingId)
        .query(
            (rs, i) ->
                new AttendanceView(
                    rs.getLong("member_id"),
                    rs.getString("display_name"),
                    Position.valueOf(rs.getString("position")),
                    rs.getString("organisation_code"),
                    AttendanceStatus.valueOf(rs.getString("status"))))
        .list();
  }

  Optional<DeclarationView> declaration(long itemId, long memberId) {
    return jdbc.sql(DECLARATION_SELECT + "where d.item_id = ? and d.member_id = ?")
        .params(itemId, memberId)
        .query(this::declaration)
        .optional();
  }

  void declare(long itemId, long memberId, boolean interest, String nature) {
    jdbc.sql(
            "insert into interest_declaration (item_id, member_id, interest, nature)"
                + " values (?, ?, ?, ?) on conflict (item_id, member_id) do update set"
                + " interest = excluded.interest, nature = excluded.nature, declared_at = now()")
        .params(itemId, memberId, interest, nz(nature))
        .update();
  }

  List<DeclarationView> declarations(long meetingId) {
    return jdbc.sql(
            DECLARATION_SELECT
                + "join agenda_item i on i.id = d.item_id where i.meeting_id = ?"
                + " order by i.position, m.display_name")
        .param(meetingId)
        .query(this::declaration)
        .list();
  }

  private static final String DECLARATION_SELECT =
      "select d.*, m.display_name from interest_declaration d"
          + " join committee_member m on m.id = d.member_id ";

  void decision(long itemId, DecisionInput input, BigDecimal amount, LocalDate on, String actor) {
    jdbc.sql(
            "insert into item_decision (item_id, outcome, approved_amount_hkd, note, decided_on,"
                + " recorded_by) values (?, ?, ?, ?, ?, ?)")
        .params(itemId, input.outcome().name(), amount, nz(input.note()), on, actor)
        .update();
  }

  /** The approved amount an item's decision resolved to (the share when none was given). */
  void decisionAmount(long itemId, BigDecimal amount) {
    jdbc.sql("update item_decision set approved_amount_hkd = ? where item_id = ?")
        .params(amount, itemId)
        .update();
  }

  /** Undecided application items for this reference on meetings whose agenda is still open. */
  List<AgendaItemView> openItemsFor(String reference) {
    return jdbc.sql(
            ITEM_SELECT
                + "join committee_meeting m on m.id = i.meeting_id where i.application_ref = ?"
                + " and i.kind = 'APPLICATION' and d.item_id is null and i.withdrawn_as is null"
                + " and m.status in ('SCHEDULED', 'CIRCULATED') order by i.id")
        .param(reference)
        .query(this::itemRow)
        .list();
  }

  /** Numbers a meeting's items 1, 2, 3... in their current order. */
  void renumber(long meetingId) {
    jdbc.sql(
            "update agenda_item i set position = o.n from (select id, row_number() over (order by"
                + " position, id) n from agenda_item where meeting_id = ?) o where i.id = o.id")
        .param(meetingId)
        .update();
  }

  /** Marks an item as having left the agenda as the application's new status. */
  void withdraw(long itemId, org.cppp.application.ApplicationStatus as) {
    jdbc.sql("update agenda_item set withdrawn_as = ? where id = ?")
        .params(as.name(), itemId)
        .update();
  }

  /** Meetings after {@code date} whose agenda confirms the minutes of {@code meetingId}. */
  List<Long> confirmingItems(long meetingId) {
    return jdbc.sql(
            "select id from agenda_item where kind = 'MINUTES_CONFIRMATION' and confirms_meeting = ?")
        .param(meetingId)
        .query(Long.class)
        .list();
  }

  private DeclarationView declaration(ResultSet rs, int row) throws SQLException {
    return new DeclarationView(
        rs.getLong("item_id"),
        rs.getLong("member_id"),
        rs.getString("display_name"),
        rs.getBoolean("interest"),
        rs.getString("nature"),
        rs.getTimestamp("declared_at").toInstant());
  }

  private MeetingView meeting(ResultSet rs, int row) throws SQLException {
    long by = rs.getLong("minutes_confirmed_by");
    Long confirmedBy = rs.wasNull() ? null : by;
    java.sql.Date confirmedOn = rs.getDate("minutes_confirmed_on");
    return new MeetingView(
        rs.getLong("id"),
        rs.getString("number"),
        rs.getString("title"),
        rs.getDate("meeting_date").toLocalDate(),
        rs.getTime("start_time").toLocalTime(),
        rs.getString("venue"),
        rs.getString("online_link"),
        rs.getDate("declaration_deadline").toLocalDate(),
        MeetingStatus.valueOf(rs.getString("status")),
        rs.getString("minutes_text"),
        confirmedBy,
        confirmedOn == null ? null : confirmedOn.toLocalDate(),
        rs.getLong("version"));
  }

  private AgendaItemView itemRow(ResultSet rs, int row) throws SQLException {
    long confirms = rs.getLong("confirms_meeting");
    Long confirmsMeeting = rs.wasNull() ? null : confirms;
    String scheme = rs.getString("scheme");
    String outcome = rs.getString("outcome");
    long id = rs.getLong("id");
    DecisionView decision =
        outcome == null
            ? null
            : new DecisionView(
                id,
                Outcome.valueOf(outcome),
                rs.getBigDecimal("approved_amount_hkd"),
                rs.getString("d_note"),
                rs.getDate("decided_on").toLocalDate(),
                rs.getString("recorded_by"));
    return new AgendaItemView(
        id,
        rs.getLong("meeting_id"),
        rs.getInt("position"),
        ItemKind.valueOf(rs.getString("kind")),
        rs.getString("application_ref"),
        scheme == null ? null : Scheme.valueOf(scheme),
        rs.getString("title"),
        rs.getString("description"),
        confirmsMeeting,
        decision,
        rs.getString("withdrawn_as") == null
            ? null
            : org.cppp.application.ApplicationStatus.valueOf(rs.getString("withdrawn_as")));
  }

  private static String nz(String value) {
    return value == null ? "" : value.trim();
  }
}
