package org.cppp.site;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.platform.PersonalRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's personal data: factories' requests for an applicant account. A refused request keeps
 * its factory's BR number, name, city, sector and dates once anonymised; its contact, address,
 * chosen username and password hash go.
 */
@Component
class SitePersonalRecords implements PersonalRecords {

  static final String REFUSED_ACCOUNT_REQUEST = "REFUSED_ACCOUNT_REQUEST";

  private static final String COLUMNS =
      "select id, br_number, name_en, name_zh, hk_owned, city, sector, address, contact_person,"
          + " contact_phone, contact_email, username, language, status, submitted_at, decided_by,"
          + " decided_at, decision_note, confirmation_sent_to, confirmed_at, anonymised_at"
          + " from account_request where ";

  private final JdbcClient jdbc;

  SitePersonalRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "site";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(REFUSED_ACCOUNT_REQUEST);
  }

  @Override
  @Transactional
  public int anonymise(String kind, Instant cutoff, int limit) {
    if (!REFUSED_ACCOUNT_REQUEST.equals(kind)) {
      return 0;
    }
    return jdbc.sql(
            "update account_request set address = :m, contact_person = :m, contact_phone = :m,"
                + " contact_email = :m, username = :m, password_hash = :m,"
                + " confirmation_sent_to = case when confirmation_sent_to is null then null"
                + " else :m end, anonymised_at = now(), version = version + 1"
                + " where id in (select id from account_request where status = 'REJECTED'"
                + " and anonymised_at is null and decided_at < :before"
                + " order by decided_at limit :limit)")
        .param("m", MARKER)
        .param("before", Timestamp.from(cutoff))
        .param("limit", limit)
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    return Map.of("accountRequests", select("lower(contact_email) = lower(:key)", email));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofFactory(String brNumber) {
    return Map.of("accountRequests", select("br_number = :key", brNumber));
  }

  private List<Map<String, Object>> select(String where, String key) {
    return PersonalRecords.lookup(jdbc, COLUMNS + where + " order by id limit 1000", key);
  }
}
