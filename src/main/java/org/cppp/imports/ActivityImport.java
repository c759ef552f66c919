package org.cppp.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.outreach.Activities;
import org.cppp.outreach.ActivityCommand;
import org.cppp.outreach.ActivityType;
import org.cppp.outreach.City;
import org.springframework.stereotype.Component;

/**
 * {@code activities}: past awareness activities with their recorded participants or visitors; a
 * site visit names the demonstration project it visited in {@code project_reference}, or is kept
 * (and counted) as unlinked.
 */
@Component
class ActivityImport extends KeyedImport<ActivityCommand> {

  private final Activities activities;
  private volatile Set<String> cities;

  ActivityImport(Activities activities, ImportKeys keys) {
    super(keys);
    this.activities = activities;
  }

  @Override
  public String name() {
    return "activities";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "held_on", "type", "title", "city", "participants", "visitors", "project_reference");
  }

  @Override
  public Set<String> required() {
    return Set.of("held_on", "type", "title", "city");
  }

  @Override
  public String keyColumn() {
    return "title";
  }

  @Override
  public Session open() {
    cities = activities.cities().stream().map(City::code).collect(Collectors.toSet());
    return super.open();
  }

  @Override
  ActivityCommand parse(CsvRow row) {
    LocalDate heldOn = row.date("held_on", true);
    ActivityType type = row.code("type", ActivityType.class, true);
    String title = row.text("title", true, 200);
    String city = row.code("city", cities, true);
    Integer participants = row.count("participants", false);
    Integer visitors = row.count("visitors", false);
    String project = row.text("project_reference", false, 30);
    if (project != null && !project.matches("[A-Za-z0-9-]+")) {
      row.reject("project_reference", "project-reference");
    }
    if (project != null && type != null && type != ActivityType.SITE_VISIT) {
      row.reject("project_reference", "project-site-visit");
    }
    if (visitors != null && type != null && type != ActivityType.EXHIBITION) {
      row.reject("visitors", "visitors-exhibition");
    }
    if (!row.valid()) {
      return null;
    }
    return new ActivityCommand(
        type,
        title,
        title,
        "",
        heldOn,
        null,
        city,
        null,
        List.of(),
        null,
        false,
        false,
        participants,
        visitors,
        project);
  }

  @Override
  String key(ActivityCommand c) {
    return c.heldOn() + "|" + c.type() + "|" + c.titleEn();
  }

  @Override
  void save(ActivityCommand command) {
    activities.create(command);
  }
}
