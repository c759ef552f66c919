package org.cppp.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awareness activities for programme staff: officers plan and record them, take attendance and see
 * which attending factories applied later; EPD and QA read.
 */
@Service
@Transactional
public class Activities {

  static final String AUDIT_TYPE = "activity";

  private final ActivityRecords activities;
  private final Registrations registrations;
  private final Attendances attendances;
  private final ActivityCities cities;
  private final Seats seats;
  private final AuditTrail audit;
  private final ObjectProvider<FactoryFollowUp> followUps;
  private final Clock clock;

  Activities(
      ActivityRecords activities,
      Registrations registrations,
      Attendances attendances,
      ActivityCities cities,
      Seats seats,
      AuditTrail audit,
      ObjectProvider<FactoryFollowUp> followUps,
      Clock clock) {
    this.activities = activities;
    this.registrations = registrations;
    this.attendances = attendances;
    this.cities = cities;
    this.seats = seats;
    this.audit = audit;
    this.followUps = followUps;
    this.clock = clock;
  }

  /** Records a new activity (planned, or held in the past with a recorded participant count). */
  @PreAuthorize(OutreachPolicy.EDIT)
  public ActivityView create(ActivityCommand command) {
    checkCity(command.city());
    Activity activity = activities.save(new Activity(command));
    audit.record(AUDIT_TYPE, String.valueOf(activity.id()), "CREATED", activity.snapshot());
    return view(activity);
  }

  /** Changes an activity; a larger capacity moves people up from the waiting list. */
  @PreAuthorize(OutreachPolicy.EDIT)
  public ActivityView update(long id, ActivityCommand command) {
    checkCity(command.city());
    Activity activity = activities.lockById(id).orElseThrow(() -> notFound(id));
    Map<String, Object> before = activity.snapshot();
    activity.apply(command);
    activities.flush();
    audit.record(
        AUDIT_TYPE, String.valueOf(id), "UPDATED", Changes.between(before, activity.snapshot()));
    seats.fill(activity);
    return view(activity);
  }

  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public ActivityView get(long id) {
    return view(find(id));
  }

  /** Activities matching the filter, latest first. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public Page<ActivityView> search(ActivityFilter filter, Pageable pageable) {
    return activities.findAll(spec(filter), pageable).map(this::view);
  }

  /** Everyone who registered (seated, waiting and cancelled), in order of registration. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public List<RegistrationView> registrations(long id) {
    find(id);
    Set<Long> came = new HashSet<>();
    attendances.findByActivityIdOrderByIdAsc(id).forEach(a -> came.add(a.registrationId()));
    return registrations.findByActivityIdOrderByRegisteredAtAscIdAsc(id).stream()
        .map(r -> r.view(came.contains(r.id())))
        .toList();
  }

  /** Everyone recorded as attending. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public List<AttendeeView> attendance(long id) {
    find(id);
    return attendances.findByActivityIdOrderByIdAsc(id).stream().map(Attendance::view).toList();
  }

  /**
   * Takes the tick list: the ticked registrants attended, the others (registrants) did not.
   * Walk-ins stay. Returns the number attending.
   */
  @PreAuthorize(OutreachPolicy.EDIT)
  public long markAttendance(long id, Set<Long> attendedRegistrationIds) {
    Activity activity = find(id);
    Map<Long, Attendance> recorded = new LinkedHashMap<>();
    attendances.findByActivityIdOrderByIdAsc(id).stream()
        .filter(a -> a.registrationId() != null)
        .forEach(a -> recorded.put(a.registrationId(), a));
    int added = 0;
    int removed = 0;
    for (Registration r : registrations.findByActivityIdOrderByRegisteredAtAscIdAsc(id)) {
      boolean ticked = attendedRegistrationIds.contains(r.id());
      if (ticked && !recorded.containsKey(r.id())) {
        if (r.status() == RegistrationStatus.CANCELLED) {
          throw new RuleViolation("registrations", "outreach.attendance.cancelled", r.name());
        }
        attendances.save(Attendance.of(r));
        added++;
      } else if (!ticked && recorded.containsKey(r.id())) {
        attendances.delete(recorded.get(r.id()));
        removed++;
      }
    }
    attendances.flush();
    long total = attendances.countByActivityId(id);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(activity.id()),
        "ATTENDANCE_TAKEN",
        Map.of("added", added, "removed", removed, "attended", total));
    return total;
  }

  /**
   * Adds the attendees of an uploaded CSV: a line whose e-mail matches a seated registrant ticks
   * them off; any other line is a walk-in; someone already recorded is skipped. Returns how many
   * were added.
   */
  @PreAuthorize(OutreachPolicy.EDIT)
  public int importAttendance(long id, String csv) {
    List<Attendee> lines = AttendanceCsv.parse(csv);
    return add(find(id), lines, "ATTENDANCE_IMPORTED");
  }

  /** Adds one walk-in (or a registrant found by e-mail). */
  @PreAuthorize(OutreachPolicy.EDIT)
  public int addAttendee(long id, Attendee attendee) {
    return add(find(id), List.of(attendee), "WALK_IN_ADDED");
  }

  /** How many attending factories (with a BR number) applied for funding after the activity. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public Conversion conversion(long id) {
    Activity activity = find(id);
    FactoryFollowUp followUp = followUps.getIfAvailable(() -> FactoryFollowUp.NONE);
    Set<String> brs = new TreeSet<>();
    attendances.findByActivityIdOrderByIdAsc(id).stream()
        .map(Attendance::factoryBr)
        .filter(br -> br != null)
        .forEach(brs::add);
    List<String> applied = new ArrayList<>();
    for (String br : brs) {
      if (followUp.firstApplicationAfter(br, activity.heldOn()).isPresent()) {
        applied.add(br);
      }
    }
    return new Conversion(brs.size(), applied.size(), List.copyOf(applied));
  }

  /** The cities an activity may be held in. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public List<City> cities() {
    return cities.active();
  }

  /** How many activities are held from today for the next {@code days} days. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public long countUpcoming(int days) {
    LocalDate today = LocalDate.now(clock);
    return activities.countHeldBetween(today, today.plusDays(days));
  }

  private int add(Activity activity, List<Attendee> lines, String action) {
    long id = activity.id();
    int added = 0;
    for (Attendee who : lines) {
      if (who.email() != null
          && attendances.existsByActivityIdAndEmailIgnoreCase(id, who.email())) {
        continue;
      }
      Attendance attendance =
          who.email() == null
              ? Attendance.walkIn(id, who)
              : registrations
                  .confirmedByEmail(id, who.email())
                  .map(Attendance::of)
                  .orElseGet(() -> Attendance.walkIn(id, who));
      attendances.saveAndFlush(attendance);
      added++;
    }
    audit.record(AUDIT_TYPE, String.valueOf(id), action, Map.of("added", added));
    return added;
  }

  private void checkCity(String city) {
    if (!cities.accepts(city)) {
      throw new RuleViolation("city", "outreach.city.unknown", city);
    }
  }

  private Activity find(long id) {
    return activities.findById(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("Activity", id);
  }

  private ActivityView view(Activity a) {
    long id = a.id();
    return a.view(
        registrations.countByActivityIdAndStatus(id, RegistrationStatus.CONFIRMED),
        registrations.countByActivityIdAndStatus(id, RegistrationStatus.WAITING),
        attendances.countByActivityId(id));
  }

  private static Specification<Activity> spec(ActivityFilter f) {
    Specification<Activity> spec = (root, q, cb) -> cb.conjunction();
    if (f.year() != null) {
      spec =
          spec.and(
              (root, q, cb) -> cb.between(root.get("heldOn"), f.year().start(), f.year().end()));
    }
    if (f.type() != null) {
      spec = spec.and((root, q, cb) -> cb.equal(root.get("type"), f.type()));
    }
    if (f.city() != null && !f.city().isBlank()) {
      spec = spec.and((root, q, cb) -> cb.equal(root.get("city"), f.city()));
    }
    return spec;
  }
}
