package org.cppp.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Mailer}: a row in {@code mail_outbox}, written with the change that causes it. */
@Component
class MailOutbox implements Mailer {

  static final int ROWS_PER_INSERT = 100;

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

  /** One insert per {@value #ROWS_PER_INSERT} mails (a bounded list of parameters). */
  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public void sendAll(List<Mail> mails) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (int from = 0; from < mails.size(); from += ROWS_PER_INSERT) {
      List<Mail> some = mails.subList(from, Math.min(from + ROWS_PER_INSERT, mails.size()));
      List<Object> params = new ArrayList<>(some.size() * 5);
      some.forEach(m -> params.addAll(List.of(m.to(), m.subject(), m.body(), now, now)));
      jdbc.sql(
              "insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at)"
                  + " values "
                  + String.join(", ", Collections.nCopies(some.size(), "(?, ?, ?, ?, ?)")))
          .params(params)
          .update();
    }
  }
}
