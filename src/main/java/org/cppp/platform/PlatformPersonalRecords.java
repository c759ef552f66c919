package org.cppp.platform;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's personal data: the mails of the one outbox ({@code mail_outbox}) sent or to be
 * sent to a person, newest first, at most 1000 (index {@code mail_outbox_recipient}). Export only.
 */
@Component
class PlatformPersonalRecords implements PersonalRecords {

  private final JdbcClient jdbc;

  PlatformPersonalRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "platform";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> ofPerson(String email) {
    return Map.of(
        "mails",
        PersonalRecords.lookup(
            jdbc,
            "select recipient, subject, body, created_at, sent_at, failed_at from mail_outbox"
                + " where lower(recipient) = lower(:key) order by id desc limit 1000",
            email));
  }

  @Override
  public Map<String, List<Map<String, Object>>> ofFactory(String brNumber) {
    return Map.of();
  }
}
