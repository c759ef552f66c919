package org.cppp.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.PersonalRecords;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity's personal data: user accounts (name, e-mail, binding, roles) and what the person did as
 * those users (the audit entries they are the actor of, newest 1000). Accounts are kept while they
 * exist, so nothing here is anonymised by retention; they are part of a person's export.
 */
@Component
class IdentityPersonalRecords implements PersonalRecords {

  private static final String COLUMNS =
      "select u.username, u.display_name, u.email, u.factory_br, u.provider_code, u.enabled,"
          + " u.language, u.created_at,"
          + " (select string_agg(r.role, ',' order by r.role) from user_roles r"
          + " where r.user_id = u.id) as roles from users u where ";

  private final JdbcClient jdbc;
  private final UserAccounts accounts;
  private final AuditTrail audit;

  IdentityPersonalRecords(JdbcClient jdbc, UserAccounts accounts, AuditTrail audit) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public String section() {
    return "identity";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    List<String> usernames = accounts.usernamesWithEmail(email, Limit.of(100));
    return Map.of(
        "accounts",
        select("lower(u.email) = lower(:key)", email),
        "actions",
        audit.byActors(usernames, 1000).stream().map(IdentityPersonalRecords::action).toList());
  }

  /** An audit entry of the person's own doing, as the export shows it. */
  private static Map<String, Object> action(AuditEntry entry) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("occurredAt", entry.occurredAt().toString());
    row.put("actor", entry.actor());
    row.put("subjectType", entry.subjectType());
    row.put("subjectId", entry.subjectId());
    row.put("action", entry.action());
    return row;
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
