package org.cppp.application;

import java.util.EnumSet;
import java.util.Set;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with time limits, once: the facade's {@code @PreAuthorize} expressions name this
 * bean, and the pages ask it ({@code ${@deadlinePolicy.mayEditSchedule()}}).
 */
@Component("deadlinePolicy")
public class DeadlinePolicy {

  /** Who follows the office's time limits: overdue work and service-level breaches. */
  public static final Set<Role> READERS =
      Set.copyOf(EnumSet.of(Role.OFFICER, Role.QA, Role.EPD, Role.ADMIN));

  /** Who sets the reminder schedule and the service levels, and runs the notices (the system). */
  public static final Set<Role> SCHEDULERS = Set.of(Role.ADMIN);

  /** Who is told of reminders' digests and of overdue work. */
  public static final Role OFFICE = Role.OFFICER;

  static final String READ = "@deadlinePolicy.mayRead()";
  static final String SCHEDULE = "@deadlinePolicy.mayEditSchedule()";

  /** Whether the current user follows the time limits. */
  public boolean mayRead() {
    return holdsAny(READERS);
  }

  /** Whether the current user edits the reminder schedule and the service levels. */
  public boolean mayEditSchedule() {
    return holdsAny(SCHEDULERS);
  }

  /** The readers' role names, for the URL rules. */
  static String[] readerNames() {
    return READERS.stream().map(Role::name).sorted().toArray(String[]::new);
  }

  private static boolean holdsAny(Set<Role> roles) {
    CurrentUser user = CurrentUser.current();
    return roles.stream().anyMatch(user::has);
  }
}
