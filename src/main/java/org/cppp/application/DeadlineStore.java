package org.cppp.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cppp.funding.Scheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of time limits: the reminder schedule and service levels, the notices sent, and the
 * overdue and service-level lists, each filtered, counted and paged in the database on an index.
 */
@Component
class DeadlineStore {

  /**
   * Approved work still open; spelled as the partial index {@code funding_application_open_due}.
   */
  private static final String OPEN_WORK = "status in ('APPROVED', 'IN_PROGRESS')";

  /** Earlier than any date the programme holds: the open end of a range. */
  static final LocalDate NO_EARLIER = LocalDate.of(1900, 1, 1);

  private static final String ITEM =
      "select reference, factory_br, scheme, title, status, %s as date, (cast(:today as date) - %s)"
          + " as days from funding_application ";

  private final JdbcClient jdbc;

  DeadlineStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ReminderStep> steps() {
    return jdbc.sql(
            "select deadline, days_before from deadline_reminder_step"
                + " order by deadline, days_before desc")
        .query(
            (rs, n) ->
                new ReminderStep(
                    DeadlineKind.valueOf(rs.getString("deadline")), rs.getInt("days_before")))
        .list();
  }

  boolean addStep(ReminderStep step) {
    return jdbc.sql(
                "insert into deadline_reminder_step (deadline, days_before) values (?, ?)"
                    + " on conflict do nothing")
            .params(step.deadline().name(), step.daysBefore())
            .update()
        == 1;
  }

  boolean removeStep(ReminderStep step) {
    return jdbc.sql("delete from deadline_reminder_step where deadline = ? and days_before = ?")
            .params(step.deadline().name(), step.daysBefore())
            .update()
        == 1;
  }

  List<ServiceLevel> serviceLevels() {
    return jdbc.sql(
            "select stage, days_allowed, warning_days from service_level order by stage desc")
        .query(
            (rs, n) ->
                new ServiceLevel(
                    ServiceStage.valueOf(rs.getString("stage")),
                    rs.getInt("days_allowed"),
                    rs.getInt("warning_days")))
        .list();
  }

  Optional<ServiceLevel> serviceLevel(ServiceStage stage) {
    return serviceLevels().stream().filter(l -> l.stage() == stage).findFirst();
  }

  void setServiceLevel(ServiceLevel level, String actor, Instant at) {
    jdbc.sql(
            "update service_level set days_allowed = ?, warning_days = ?, updated_by = ?,"
                + " updated_at = ? where stage = ?")
        .params(
            level.daysAllowed(),
            level.warningDays(),
            actor,
            java.sql.Timestamp.from(at),
            level.stage().name())
        .update();
  }

  long countOverdue(LocalDate today) {
    return jdbc.sql(
            "select count(*) from funding_application where " + OPEN_WORK + " and due_on < ?")
        .param(today)
        .query(Long.class)
        .single();
  }

  /** Overdue work, most overdue first, from the {@code offset}-th. */
  List<DeadlineItem> overdue(LocalDate today, long offset, int limit) {
    return jdbc.sql(
            ITEM.formatted("due_on", "due_on")
                + "where "
                + OPEN_WORK
                + " and due_on < :today order by due_on, reference offset :offset limit :limit")
        .param("today", today)
        .param("offset", offset)
        .param("limit", limit)
        .query(DeadlineStore::item)
        .list();
  }

  /** Overdue work after the one given (by due date and reference), for reading it all in pages. */
  List<DeadlineItem> overdueAfter(LocalDate today, DeadlineItem after, int limit) {
    return jdbc.sql(
            ITEM.formatted("due_on", "due_on")
                + "where "
                + OPEN_WORK
                + " and due_on < :today and (due_on, reference) > (:dueOn, :reference)"
                + " order by due_on, reference limit :limit")
        .param("today", today)
        .param("dueOn", after == null ? NO_EARLIER : after.date())
        .param("reference", after == null ? "" : after.reference())
        .param("limit", limit)
        .query(DeadlineStore::item)
        .list();
  }

  long countInStage(ServiceStage stage, LocalDate enteredFrom, LocalDate enteredBy) {
    return jdbc.sql(
            "select count(*) from funding_application where sla_stage = ? and sla_since >= ?"
                + " and sla_since <= ?")
        .params(stage.name(), enteredFrom, enteredBy)
        .query(Long.class)
        .single();
  }

  /** Applications that entered the stage between the two days, longest waiting first. */
  List<DeadlineItem> inStage(
      ServiceStage stage,
      LocalDate enteredFrom,
      LocalDate enteredBy,
      LocalDate today,
      long offset,
      int limit) {
    return jdbc.sql(
            ITEM.formatted("sla_since", "sla_since")
                + "where sla_stage = :stage and sla_since >= :from and sla_since <= :by"
                + " order by sla_since, reference offset :offset limit :limit")
        .param("stage", stage.name())
        .param("from", enteredFrom)
        .param("by", enteredBy)
        .param("today", today)
        .param("offset", offset)
        .param("limit", limit)
        .query(DeadlineStore::item)
        .list();
  }

  /**
   * Open work due after {@code after} and on or before {@code upTo} whose notice {@code notice} for
   * that due date is not yet sent; the soonest first.
   */
  List<Due> unnoticed(LocalDate after, LocalDate upTo, String notice, int limit) {
    return jdbc.sql(
            "select a.reference, a.factory_br, a.provider_code, a.title, a.due_on"
                + " from funding_application a where a."
                + OPEN_WORK
                + " and a.due_on > :from and a.due_on <= :to and not exists (select 1 from"
                + " deadline_notice n where n.deadline = 'COMPLETION' and n.reference = a.reference"
                + " and n.due_on = a.due_on and n.step = :notice)"
                + " order by a.due_on, a.reference limit :limit")
        .param("from", after)
        .param("to", upTo)
        .param("notice", notice)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Due(
                    rs.getString("reference"),
                    rs.getString("factory_br"),
                    rs.getString("provider_code"),
                    rs.getString("title"),
                    rs.getObject("due_on", LocalDate.class)))
        .list();
  }

  /**
   * Records a notice as sent; false when it already was (by this run or another instance, which
   * this insert waits for): only the caller that gets true sends it.
   */
  boolean markSent(Due due, String notice, Instant at) {
    return jdbc.sql(
                "insert into deadline_notice (deadline, reference, due_on, step, sent_at)"
                    + " values ('COMPLETION', ?, ?, ?, ?) on conflict do nothing")
            .params(due.reference(), due.dueOn(), notice, java.sql.Timestamp.from(at))
            .update()
        == 1;
  }

  private static DeadlineItem item(ResultSet rs, int n) throws SQLException {
    return new DeadlineItem(
        rs.getString("reference"),
        rs.getString("factory_br"),
        Scheme.valueOf(rs.getString("scheme")),
        rs.getString("title"),
        ApplicationStatus.valueOf(rs.getString("status")),
        rs.getObject("date", LocalDate.class),
        rs.getLong("days"));
  }

  /** Open work with a due date, and who to tell about it. */
  record Due(
      String reference, String factoryBr, String providerCode, String title, LocalDate dueOn) {}
}
