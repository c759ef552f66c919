package org.cppp.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cppp.platform.SystemActor;

/** Set-up helpers for outreach tests: activities created through the facade as the system. */
final class OutreachFixtures {

  private OutreachFixtures() {}

  static ActivityCommand activity(
      ActivityType type, LocalDate heldOn, Integer capacity, boolean published) {
    return new ActivityCommand(
        type,
        "Seminar " + UUID.randomUUID(),
        "研討會",
        "About cleaner production",
        heldOn,
        null,
        "SHENZHEN",
        "Venue",
        List.of(new CoOrganiser("Shenzhen Association", CoOrganiserKind.TRADE_ASSOCIATION)),
        capacity,
        true,
        published,
        null,
        null,
        type == ActivityType.SITE_VISIT ? "APP-2010-00012" : null);
  }

  static long create(Activities activities, ActivityCommand command) {
    return SystemActor.call(() -> activities.create(command)).id();
  }

  static long upcoming(Activities activities, Integer capacity) {
    return create(
        activities, activity(ActivityType.SEMINAR, LocalDate.now().plusDays(10), capacity, true));
  }

  static NewRegistration visitor(String name) {
    return new NewRegistration(
        name,
        "Acme Ltd",
        null,
        name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.com",
        "+852 1234 5678");
  }
}
