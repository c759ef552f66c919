package org.cppp.factory;

import java.util.List;
import java.util.Map;
import org.cppp.platform.PersonalRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The factory register's part of an export: the factory's record with its contact. Registered
 * factories are kept while the programme runs, so nothing here is anonymised by retention.
 */
@Component
class FactoryPersonalRecords implements PersonalRecords {

  private static final String COLUMNS =
      "select br_number, name_en, name_zh, hk_owned, city_code, address, sector, contact_person,"
          + " contact_phone, contact_email, registered_on, created_at from factory where ";

  private final JdbcClient jdbc;

  FactoryPersonalRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "factory";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    return Map.of("factories", select("lower(contact_email) = lower(:key)", email));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofFactory(String brNumber) {
    return Map.of("factories", select("br_number = :key", brNumber));
  }

  private List<Map<String, Object>> select(String where, String key) {
    return PersonalRecords.lookup(jdbc, COLUMNS + where + " order by id limit 1000", key);
  }
}
