package org.cppp.outreach;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.platform.PersonalRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach's personal data: enquirers (name, e-mail, phone, their question) and people who
 * registered for or attended an event. Anonymising keeps each row, its dates, company, factory and
 * status, so the outreach figures count the same.
 */
@Component
class OutreachPersonalRecords implements PersonalRecords {

  static final String ENQUIRY = "ENQUIRY";
  static final String EVENT_REGISTRATION = "EVENT_REGISTRATION";

  private final JdbcClient jdbc;

  OutreachPersonalRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "outreach";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(ENQUIRY, EVENT_REGISTRATION);
  }

  @Override
  @Transactional
  public int anonymise(String kind, Instant cutoff, int limit) {
    Timestamp before = Timestamp.from(cutoff);
    return switch (kind) {
      case ENQUIRY ->
          jdbc.sql(
                  "update outreach_enquiry set name = case when name is null then null else :m end,"
                      + " email = case when email is null then null else :m end,"
                      + " phone = case when phone is null then null else :m end,"
                      + " question = :m, anonymised_at = now(), version = version + 1"
                      + " where id in (select id from outreach_enquiry where anonymised_at is null"
                      + " and received_at < :before order by received_at limit :limit)")
              .param("m", MARKER)
              .param("before", before)
              .param("limit", limit)
              .update();
      case EVENT_REGISTRATION -> registrations(before, limit) + attendance(before, limit);
      default -> 0;
    };
  }

  private int registrations(Timestamp before, int limit) {
    // the e-mail stays unique among an activity's live registrations: a marker per row
    return jdbc.sql(
            "update outreach_registration set name = :m, phone = case when phone is null then null"
                + " else :m end, email = 'anonymised-' || id || '@invalid', anonymised_at = now(),"
                + " version = version + 1"
                + " where id in (select id from outreach_registration where anonymised_at is null"
                + " and registered_at < :before order by registered_at limit :limit)")
        .param("m", MARKER)
        .param("before", before)
        .param("limit", limit)
        .update();
  }

  private int attendance(Timestamp before, int limit) {
    return jdbc.sql(
            "update outreach_attendance set name = :m, email = null, anonymised_at = now()"
                + " where id in (select id from outreach_attendance where anonymised_at is null"
                + " and recorded_at < :before order by recorded_at limit :limit)")
        .param("m", MARKER)
        .param("before", before)
        .param("limit", limit)
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    return of("lower(email) = lower(:key)", email);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofFactory(String brNumber) {
    return of("factory_br = :key", brNumber);
  }

  private Map<String, List<Map<String, Object>>> of(String where, String key) {
    Map<String, List<Map<String, Object>>> part = new LinkedHashMap<>();
    part.put(
        "enquiries",
        select(
            "select id, channel, topic, name, company, email, phone, factory_br, question, answer,"
                + " status, language, received_at, answered_at, anonymised_at"
                + " from outreach_enquiry where "
                + where,
            key));
    part.put(
        "eventRegistrations",
        select(
            "select id, activity_id, name, company, factory_br, email, phone, locale, status,"
                + " registered_at, confirmed_at, cancelled_at, anonymised_at"
                + " from outreach_registration where "
                + where,
            key));
    part.put(
        "attendance",
        select(
            "select id, activity_id, name, company, factory_br, email, walk_in, recorded_at,"
                + " anonymised_at from outreach_attendance where "
                + where,
            key));
    return part;
  }

  private List<Map<String, Object>> select(String sql, String key) {
    return PersonalRecords.lookup(jdbc, sql + " order by 1 limit 1000", key);
  }
}
