package org.cppp.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of meetings (the {@link Meeting} aggregate writes them) and their papers, which stay out of
 * the aggregate: their content is large and read one at a time.
 */
@Repository
class MeetingStore {

  private final JdbcClient jdbc;

  MeetingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
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

  /** Meetings from {@code from} on whose agenda is open, soonest first. */
  List<MeetingView> upcoming(LocalDate from) {
    return jdbc.sql(
            "select * from committee_meeting where meeting_date >= :from"
                + " and status in (:open) order by meeting_date, id")
        .param("from", from)
        .param("open", MeetingStatus.where(MeetingStatus::agendaOpen))
        .query(this::meeting)
        .list();
  }

  /**
   * Meetings before {@code date} whose drafted minutes a later meeting may confirm, latest first;
   * the nearest {@code limit} (a drop-down).
   */
  List<MeetingView> awaitingConfirmationBefore(LocalDate date, int limit) {
    return jdbc.sql(
            "select * from committee_meeting where meeting_date < :date and status in (:drafted)"
                + " order by meeting_date desc, id desc limit :limit")
        .param("date", date)
        .param("drafted", MeetingStatus.where(MeetingStatus::minutesDrafted))
        .param("limit", limit)
        .query(this::meeting)
        .list();
  }

  /**
   * Held meetings after {@code date} that may confirm its minutes, soonest first; the nearest
   * {@code limit} (the confirming meeting is one of the next few).
   */
  List<MeetingView> heldAfter(LocalDate date, int limit) {
    return jdbc.sql(
            "select * from committee_meeting where meeting_date > :date and status in (:held)"
                + " order by meeting_date, id limit :limit")
        .param("date", date)
        .param("held", MeetingStatus.where(MeetingStatus::held))
        .param("limit", limit)
        .query(this::meeting)
        .list();
  }

  /**
   * Whether the application (or, with {@code variationId}, that variation request of it) waits on
   * the agenda of another meeting not cancelled.
   */
  boolean onAnotherOpenAgenda(String reference, Long variationId, long meetingId) {
    return jdbc.sql(
                "select count(*) from agenda_item i join committee_meeting m on m.id = i.meeting_id"
                    + " left join item_decision d on d.item_id = i.id where i.application_ref ="
                    + " :reference and i.kind = :kind and coalesce(i.variation_id, 0) = :variation"
                    + " and i.meeting_id <> :meeting and d.item_id"
                    + " is null and i.withdrawn_as is null and m.status <> :cancelled")
            .param("reference", reference)
            .param("kind", (variationId == null ? ItemKind.APPLICATION : ItemKind.VARIATION).name())
            .param("variation", variationId == null ? 0L : variationId)
            .param("meeting", meetingId)
            .param("cancelled", MeetingStatus.CANCELLED.name())
            .query(Long.class)
            .single()
        > 0;
  }

  void deletePapers(long itemId) {
    jdbc.sql("delete from agenda_paper where item_id = ?").param(itemId).update();
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
}
