package org.cppp.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mails. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several
 * instances (or two runs at once) never send one mail twice; a failed send is retried with a
 * doubling delay and, after the last attempt, marked failed and logged. Sent and failed rows are
 * kept for the retention period, then deleted. Administrators read the failed ones ({@link
 * #failed}).
 */
@Component
public class MailDispatcher {

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

  /**
   * Mails claimed, sent and marked sent per transaction: one, so a crash (the process killed) after
   * a mail went out sends again at most that mail, never the rest of a batch already sent; the
   * mail's {@code Message-ID} stays the same on a resend, so the receiver can tell.
   */
  private static final int BATCH = 1;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final MailDelivery delivery;
  private final Clock clock;
  private final int maxAttempts;
  private final Duration firstRetry;

  MailDispatcher(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      MailDelivery delivery,
      Clock clock,
      @Value("${cppp.mail.max-attempts:5}") int maxAttempts,
      @Value("${cppp.mail.first-retry:PT1M}") Duration firstRetry) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.delivery = delivery;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
    this.firstRetry = firstRetry;
  }

  /** Sends every mail now due (in batches); answers how many were sent. */
  public int dispatchDue() {
    int sent = 0;
    int claimed;
    do {
      int[] batch = transaction.execute(status -> dispatchBatch());
      claimed = batch[0];
      sent += batch[1];
    } while (claimed == BATCH);
    return sent;
  }

  /** Deletes the sent and failed mails created before the retention period. */
  public int purgeOlderThan(Duration retention) {
    return jdbc.sql(
            """
            delete from mail_outbox
            where created_at < ? and (sent_at is not null or failed_at is not null)""")
        .param(OffsetDateTime.now(clock).minus(retention))
        .update();
  }

  /** The mails given up on, newest first, a page at a time: for administrators only. */
  @PreAuthorize(PlatformPolicy.ADMINISTER)
  @Transactional(readOnly = true)
  public Page<FailedMail> failed(Pageable page) {
    List<FailedMail> rows =
        jdbc.sql(
                """
                select id, recipient, subject, attempts, last_error, created_at, failed_at
                from mail_outbox where failed_at is not null
                order by failed_at desc, id desc limit ? offset ?""")
            .params(page.getPageSize(), page.getOffset())
            .query(FailedMail.class)
            .list();
    long total =
        jdbc.sql("select count(*) from mail_outbox where failed_at is not null")
            .query(Long.class)
            .single();
    return new PageImpl<>(rows, page, total);
  }

  private int[] dispatchBatch() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Pending> due =
        jdbc.sql(
                """
                select id, recipient, subject, body, attempts from mail_outbox
                where sent_at is null and failed_at is null and next_attempt_at <= ?
                order by next_attempt_at, id limit ? for update skip locked""")
            .params(now, BATCH)
            .query(Pending.class)
            .list();
    int sent = 0;
    for (Pending mail : due) {
      if (attempt(mail, now)) {
        sent++;
      }
    }
    return new int[] {due.size(), sent};
  }

  private boolean attempt(Pending mail, OffsetDateTime now) {
    try {
      delivery.deliver(mail.recipient(), mail.subject(), mail.body(), messageId(mail.id()));
    } catch (RuntimeException e) {
      failed(mail, now, e);
      return false;
    }
    jdbc.sql("update mail_outbox set attempts = attempts + 1, sent_at = ? where id = ?")
        .params(now, mail.id())
        .update();
    return true;
  }

  private void failed(Pending mail, OffsetDateTime now, RuntimeException e) {
    int attempts = mail.attempts() + 1;
    boolean last = attempts >= maxAttempts;
    String error = LogText.clean(e.getClass().getSimpleName() + ": " + e.getMessage());
    jdbc.sql(
            """
            update mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ?, failed_at = ?
            where id = ?""")
        .params(
            attempts,
            error,
            now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20))),
            last ? now : null,
            mail.id())
        .update();
    log.warn(
        "E-mail {} to an address at {} ({}) not sent, attempt {} of {}{}: {}",
        mail.id(),
        LogText.domainOf(mail.recipient()),
        LogText.clean(mail.subject()),
        attempts,
        maxAttempts,
        last ? ", given up" : "",
        error);
  }

  /** The same for every attempt of one outbox row. */
  static String messageId(long outboxId) {
    return "<outbox-" + outboxId + "@cppp>";
  }

  private record Pending(long id, String recipient, String subject, String body, int attempts) {}
}
