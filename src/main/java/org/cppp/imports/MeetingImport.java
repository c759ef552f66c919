package org.cppp.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.cppp.committee.Meetings;
import org.cppp.committee.NewMeeting;
import org.cppp.shared.Sha256;
import org.springframework.stereotype.Component;

/**
 * {@code meetings}: committee meetings held in the past, keyed by date and title; each is scheduled
 * with a number derived from its key ({@code L-yyyy-MM-dd-hash}) and marked held.
 */
@Component
class MeetingImport extends KeyedImport<MeetingImport.Held> {

  record Held(LocalDate heldOn, String title) {}

  private final Meetings meetings;
  private final Clock clock;

  MeetingImport(Meetings meetings, ImportKeys keys, Clock clock) {
    super(keys);
    this.meetings = meetings;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "meetings";
  }

  @Override
  public List<String> columns() {
    return List.of("held_on", "title");
  }

  @Override
  public Set<String> required() {
    return Set.of("held_on", "title");
  }

  @Override
  public String keyColumn() {
    return "title";
  }

  @Override
  Held parse(CsvRow row) {
    LocalDate heldOn = row.date("held_on", true);
    String title = row.text("title", true, 200);
    if (heldOn != null && heldOn.isAfter(LocalDate.now(clock))) {
      row.reject("held_on", "future");
    }
    return row.valid() ? new Held(heldOn, title) : null;
  }

  @Override
  String key(Held m) {
    return m.heldOn() + "|" + m.title();
  }

  @Override
  void save(Held m) {
    long id =
        meetings
            .schedule(
                new NewMeeting(
                    number(m),
                    m.title(),
                    m.heldOn(),
                    LocalTime.MIDNIGHT,
                    FactoryImport.NOT_RECORDED,
                    null,
                    null))
            .id();
    meetings.markHeld(id);
  }

  /** The first five bytes of the title's SHA-256: the same number for the same meeting. */
  static String number(Held m) {
    return "L-" + m.heldOn() + "-" + Sha256.hex(m.title()).substring(0, 10);
  }
}
