package org.cppp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time limits that act: the reminder schedule (days before a deadline) and the service levels of
 * screening and of the committee step, both data an administrator edits; the notices sent from them
 * (reminders before the completion date, escalation to officers once it has passed); and the
 * officers' lists of overdue work and of service-level breaches, counted and paged in the database.
 */
@Service
@Transactional
public class Deadlines {

  static final String SCHEDULE_AUDIT = "deadline-schedule";
  static final int MAX_DAYS = 365;

  private final DeadlineStore store;
  private final DeadlineNotices notices;
  private final AuditTrail audit;
  private final Clock clock;

  Deadlines(DeadlineStore store, DeadlineNotices notices, AuditTrail audit, Clock clock) {
    this.store = store;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  /** The reminder schedule: each kind of deadline's steps, the earliest reminder first. */
  @PreAuthorize(DeadlinePolicy.READ)
  @Transactional(readOnly = true)
  public List<ReminderStep> schedule() {
    return store.steps();
  }

  /**
   * Adds a reminder this many days before each deadline of the kind. Refused (naming the field) for
   * a missing kind, days outside 1-365 or a step already in the schedule.
   */
  @PreAuthorize(DeadlinePolicy.SCHEDULE)
  public ReminderStep addStep(DeadlineKind deadline, Integer daysBefore) {
    if (deadline == null) {
      throw new RuleViolation("deadline", "deadline.step.deadline.required");
    }
    ReminderStep step = new ReminderStep(deadline, days("daysBefore", daysBefore, 1));
    if (!store.addStep(step)) {
      throw new RuleViolation("daysBefore", "deadline.step.exists", step.daysBefore());
    }
    audit.record(
        SCHEDULE_AUDIT, deadline.name(), "REMINDER_ADDED", Map.of("daysBefore", step.daysBefore()));
    return step;
  }

  /** Removes a reminder step; one not in the schedule is not found. */
  @PreAuthorize(DeadlinePolicy.SCHEDULE)
  public void removeStep(DeadlineKind deadline, int daysBefore) {
    if (deadline == null || !store.removeStep(new ReminderStep(deadline, daysBefore))) {
      throw new NotFoundException("Reminder", deadline + "/" + daysBefore);
    }
    audit.record(
        SCHEDULE_AUDIT, deadline.name(), "REMINDER_REMOVED", Map.of("daysBefore", daysBefore));
  }

  /** The service levels of screening and of the committee step. */
  @PreAuthorize(DeadlinePolicy.READ)
  @Transactional(readOnly = true)
  public List<ServiceLevel> serviceLevels() {
    return store.serviceLevels();
  }

  /**
   * Sets a stage's service level. Refused (naming the field) for days allowed outside 1-365 or
   * warning days that are negative or not fewer than the days allowed.
   */
  @PreAuthorize(DeadlinePolicy.SCHEDULE)
  public ServiceLevel setServiceLevel(
      ServiceStage stage, Integer daysAllowed, Integer warningDays) {
    if (stage == null) {
      throw new NotFoundException("Service level", null);
    }
    int allowed = days("daysAllowed", daysAllowed, 1);
    int warning = days("warningDays", warningDays, 0);
    if (warning >= allowed) {
      throw new RuleViolation("warningDays", "deadline.level.warning.too-many", allowed);
    }
    ServiceLevel level = new ServiceLevel(stage, allowed, warning);
    store.setServiceLevel(level, CurrentUser.current().username(), clock.instant());
    audit.record(
        SCHEDULE_AUDIT,
        stage.name(),
        "SERVICE_LEVEL_SET",
        Map.of("daysAllowed", allowed, "warningDays", warning));
    return level;
  }

  /** How many approved applications are past their completion date. */
  @PreAuthorize(DeadlinePolicy.READ)
  @Transactional(readOnly = true)
  public long countOverdue() {
    return store.countOverdue(LocalDate.now(clock));
  }

  /** One page of the work past its completion date, most overdue first. */
  @PreAuthorize(DeadlinePolicy.READ)
  @Transactional(readOnly = true)
  public Page<DeadlineItem> overdue(Pageable page) {
    LocalDate today = LocalDate.now(clock);
    List<DeadlineItem> items = store.overdue(today, page.getOffset(), page.getPageSize());
    return new PageImpl<>(items, page, store.countOverdue(today));
  }

  /**
   * The overdue work after {@code after} (null: from the start), at most {@code limit}, in the
   * order of {@link #overdue(Pageable)}: reads all of it a page at a time at any size (CSV).
   */
  @PreAuthorize(DeadlinePolicy.READ)
  @Transactional(readOnly = true)
  public List<DeadlineItem> overdueAfter(DeadlineItem after, int limit) {
    return store.overdueAfter(LocalDate.now(clock), after, Math.min(Math.max(limit, 1), 1000));
  }

  /** Per stage, how many applications have breached its service level and how many are near. */
  @PreAuthorize(DeadlinePolicy.READ)
  @Transactional(readOnly = true)
  public List<ServiceLevelFigures> serviceLevelFigures() {
    LocalDate today = LocalDate.now(clock);
    return store.serviceLevels().stream()
        .map(
            level ->
                new ServiceLevelFigures(
                    level,
                    count(level, SlaStanding.BREACHED, today),
                    count(level, SlaStanding.NEAR, today)))
        .toList();
  }

  /**
   * One page of the applications in a stage that breach its service level or are near, oldest
   * first.
   */
  @PreAuthorize(DeadlinePolicy.READ)
  @Transactional(readOnly = true)
  public Page<DeadlineItem> inStage(ServiceStage stage, SlaStanding standing, Pageable page) {
    LocalDate today = LocalDate.now(clock);
    ServiceLevel level =
        store.serviceLevel(stage).orElseThrow(() -> new NotFoundException("Service level", stage));
    SinceRange range = SinceRange.of(level, standing, today);
    List<DeadlineItem> items =
        store.inStage(stage, range.from(), range.by(), today, page.getOffset(), page.getPageSize());
    return new PageImpl<>(items, page, count(level, standing, today));
  }

  /**
   * Sends the notices now due: each reminder step's reminders, then the escalation of overdue work;
   * each once per deadline, in batches of their own transactions (run by the scheduled job).
   */
  @PreAuthorize(DeadlinePolicy.SCHEDULE)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public NoticeRun sendNotices() {
    LocalDate today = LocalDate.now(clock);
    int reminded = 0;
    List<ReminderStep> steps =
        store.steps().stream().sorted(Comparator.comparingInt(ReminderStep::daysBefore)).toList();
    int later = 0;
    for (ReminderStep step : steps) {
      int selected;
      do {
        selected = notices.remind(step, later, today);
        reminded += selected;
      } while (selected == DeadlineNotices.BATCH);
      later = step.daysBefore();
    }
    int escalated = 0;
    int selected;
    do {
      selected = notices.escalate(today);
      escalated += selected;
    } while (selected == DeadlineNotices.BATCH);
    return new NoticeRun(reminded, escalated);
  }

  private long count(ServiceLevel level, SlaStanding standing, LocalDate today) {
    SinceRange range = SinceRange.of(level, standing, today);
    return store.countInStage(level.stage(), range.from(), range.by());
  }

  private static int days(String field, Integer value, int min) {
    if (value == null) {
      throw new RuleViolation(field, "deadline.days.required");
    }
    if (value < min || value > MAX_DAYS) {
      throw new RuleViolation(field, "deadline.days.range", min, MAX_DAYS);
    }
    return value;
  }

  /**
   * The days of entering a stage that put an application in a standing today: breached after more
   * days than allowed, near in the last warning days allowed.
   */
  private record SinceRange(LocalDate from, LocalDate by) {

    static SinceRange of(ServiceLevel level, SlaStanding standing, LocalDate today) {
      LocalDate lastAllowed = today.minusDays(level.daysAllowed());
      return standing == SlaStanding.BREACHED
          ? new SinceRange(DeadlineStore.NO_EARLIER, lastAllowed.minusDays(1))
          : new SinceRange(lastAllowed, lastAllowed.plusDays(level.warningDays() - 1L));
    }
  }
}
