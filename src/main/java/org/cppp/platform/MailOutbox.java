package org.cppp.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Mailer}: a row in {@code mail_outbox}, written with the change that causes it. */
@Component
class MailOutbox implements Mailer {

  private final JdbcClient jdbc;
  private final Clock clock;

  MailOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public void send(String to, String subject, String body) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at)
            values (?, ?, ?, ?, ?)""")
        .params(to, subject, body, now, now)
        .update();
  }
}
