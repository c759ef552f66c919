package org.cppp.identity;

import java.util.List;
import java.util.Map;
import org.cppp.platform.PersonalRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity's personal data: user accounts (name, e-mail, binding, roles). Accounts are kept while
 * they exist, so nothing here is anonymised by retention; they are part of a person's export.
 */
@Component
class IdentityPersonalRecords implements PersonalRecords {

  private static final String COLUMNS =
      "select u.username, u.display_name, u.email, u.factory_br, u.provider_code, u.enabled,"
          + " u.language, u.created_at,"
          + " (select string_agg(r.role, ',' order by r.role) from user_roles r"
          + " where r.user_id = u.id) as roles from users u where ";

  private final JdbcClient jdbc;

  IdentityPersonalRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "identity";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    return Map.of("accounts", select("lower(u.email) = lower(:key)", email));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofFactory(String brNumber) {
    return Map.of("accounts", select("u.factory_br = :key", brNumber));
  }

  private List<Map<String, Object>> select(String where, String key) {
    return PersonalRecords.lookup(jdbc, COLUMNS + where + " order by u.id limit 1000", key);
  }
}
