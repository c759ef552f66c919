package org.cppp.provider;

import static org.cppp.platform.PersonalRecords.rows;

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
 * The provider register's personal data: the contact of an application to join the register. A
 * refused application keeps its company, base, status and dates once anonymised; its contact goes
 * and its GDEIC certificate's file content is deleted (name, type and size stay).
 */
@Component
class ProviderPersonalRecords implements PersonalRecords {

  static final String REFUSED_PROVIDER_APPLICATION = "REFUSED_PROVIDER_APPLICATION";

  private final JdbcClient jdbc;

  ProviderPersonalRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "provider";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(REFUSED_PROVIDER_APPLICATION);
  }

  @Override
  @Transactional
  public int anonymise(String kind, Instant cutoff, int limit) {
    if (!REFUSED_PROVIDER_APPLICATION.equals(kind)) {
      return 0;
    }
    List<Long> due =
        jdbc.sql(
                "select id from provider_application where status = 'REFUSED'"
                    + " and anonymised_at is null and decided_at < ? order by decided_at limit ?"
                    + " for update")
            .params(Timestamp.from(cutoff), limit)
            .query(Long.class)
            .list();
    if (due.isEmpty()) {
      return 0;
    }
    Long[] ids = due.toArray(Long[]::new);
    jdbc.sql(
            "update provider_application_certificate set content = ''::bytea"
                + " where application_id = any(?)")
        .param(ids)
        .update();
    return jdbc.sql(
            "update provider_application set contact_person = ?, contact_phone = ?,"
                + " contact_email = ?, anonymised_at = now(), version = version + 1"
                + " where id = any(?)")
        .params(MARKER, MARKER, MARKER, ids)
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    return Map.of(
        "providerApplications",
        rows(
            jdbc.sql(
                    "select id, name, name_zh, base, contact_person, contact_phone, contact_email,"
                        + " gdeic_registration_no, gdeic_valid_until, language, status,"
                        + " submitted_at, confirmed_at, decided_by, decided_at, refusal_reason,"
                        + " provider_code, anonymised_at from provider_application"
                        + " where lower(contact_email) = lower(?) order by id limit 1000")
                .param(email)
                .query()
                .listOfRows()));
  }

  @Override
  public Map<String, List<Map<String, Object>>> ofFactory(String brNumber) {
    return Map.of();
  }
}
