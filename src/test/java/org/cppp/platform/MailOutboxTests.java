package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.identity.Role;
import org.cppp.support.CapturingMailer;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MailOutboxTests {

  @Autowired Mailer mailer;
  @Autowired MailDispatcher dispatcher;
  @Autowired CapturingMailer mail;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void aMailWrittenByAChangeThatRollsBackIsNeverSent() {
    String to = address();
    transaction.executeWithoutResult(
        status -> {
          mailer.send(to, "Rolled back", "body");
          status.setRollbackOnly();
        });
    dispatcher.dispatchDue();
    assertThat(mail.to(to)).isEmpty();
    assertThat(rows(to)).isZero();
  }

  @Test
  void aCommittedMailIsSentOnceAndMarkedSent() {
    String to = address();
    transaction.executeWithoutResult(status -> mailer.send(to, "Committed", "body"));
    assertThat(mail.to(to)).as("not sent before the dispatcher runs").isEmpty();
    assertThat(mail.await(to, "Committed").body()).isEqualTo("body");
    dispatcher.dispatchDue();
    assertThat(mail.to(to)).hasSize(1);
    assertThat(
            jdbc.sql("select attempts from mail_outbox where recipient = ? and sent_at is not null")
                .param(to)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void mailsSentTogetherAreEachWrittenAndSentInTheirOrderAcrossInserts() {
    String first = address();
    String second = address();
    int many = MailOutbox.ROWS_PER_INSERT + 1;
    java.util.List<Mailer.Mail> mails = new java.util.ArrayList<>();
    for (int i = 0; i < many; i++) {
      mails.add(new Mailer.Mail(first, "Together " + i, "body " + i));
    }
    mails.add(new Mailer.Mail(second, "Last", "its body"));
    transaction.executeWithoutResult(status -> mailer.sendAll(mails));
    assertThat(rows(first)).isEqualTo(many);
    assertThat(
            jdbc.sql("select subject from mail_outbox where recipient = ? order by id")
                .param(first)
                .query(String.class)
                .list())
        .containsExactlyElementsOf(
            mails.subList(0, many).stream().map(Mailer.Mail::subject).toList());
    assertThat(mail.await(second, "Last").body()).isEqualTo("its body");
  }

  @Test
  void twoDispatcherRunsAtOnceSendAMailExactlyOnce() throws Exception {
    String to = address();
    mailer.send(to, "Once", "body");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger delivered = new AtomicInteger();
    MailDelivery slow =
        (recipient, subject, body) -> {
          if (recipient.equals(to)) {
            delivered.incrementAndGet();
            inside.countDown();
            await(release);
          } else {
            mail.deliver(recipient, subject, body);
          }
        };
    CompletableFuture<Integer> first =
        CompletableFuture.supplyAsync(() -> dispatcherWith(slow, clock).dispatchDue());
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    dispatcherWith(slow, clock).dispatchDue(); // the row is locked by the first run: skipped
    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    dispatcherWith(slow, clock).dispatchDue(); // and once sent it is never due again
    assertThat(delivered).hasValue(1);
  }

  @Test
  void aFailedSendIsRetriedWithBackoffAndMarkedFailedAfterTheLastAttempt() throws Exception {
    String to = address();
    mailer.send(to, "Unlucky", "body");
    MailDelivery refusing =
        (recipient, subject, body) -> {
          if (recipient.equals(to)) {
            throw new MailSendException("mailbox unavailable");
          }
          mail.deliver(recipient, subject, body);
        };
    MutableClock time = new MutableClock(clock.instant());
    dispatcherWith(refusing, time).dispatchDue();
    assertThat(attempts(to)).isEqualTo(1);
    dispatcherWith(refusing, time).dispatchDue();
    assertThat(attempts(to)).as("not due again before the backoff").isEqualTo(1);
    time.advance(Duration.ofMinutes(1));
    dispatcherWith(refusing, time).dispatchDue();
    assertThat(attempts(to)).isEqualTo(2);
    time.advance(Duration.ofMinutes(1));
    dispatcherWith(refusing, time).dispatchDue();
    assertThat(attempts(to)).as("the second wait is twice as long").isEqualTo(2);
    time.advance(Duration.ofMinutes(1));
    dispatcherWith(refusing, time).dispatchDue();
    assertThat(attempts(to)).isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select last_error from mail_outbox where recipient = ? and failed_at is not null")
                .param(to)
                .query(String.class)
                .single())
        .contains("mailbox unavailable");
    time.advance(Duration.ofDays(1));
    dispatcherWith(refusing, time).dispatchDue();
    assertThat(attempts(to)).as("a failed mail is not retried").isEqualTo(3);
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(get("/api/admin/failed-mails").with(accounts.api(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[?(@.recipient == '" + to + "')].attempts").value(3))
        .andExpect(jsonPath("$.content[0].body").doesNotExist());
    mvc.perform(get("/api/admin/failed-mails").with(accounts.api(accounts.create(Role.OFFICER))))
        .andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(roles = "OFFICER")
  void theDispatcherRefusesTheFailedMailsToAnyoneButAnAdministrator() {
    assertThatThrownBy(() -> dispatcher.failed(PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void sentAndFailedMailsAreDeletedAfterTheRetentionPendingOnesKept() {
    String sent = address();
    String pending = address();
    mailer.send(sent, "Old", "body");
    mail.await(sent, "Old");
    jdbc.sql(
            "insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at)"
                + " values (?, 'Pending', 'b', now() - interval '400 days', now() + interval '1 day')")
        .param(pending)
        .update();
    jdbc.sql("update mail_outbox set created_at = now() - interval '400 days' where recipient = ?")
        .param(sent)
        .update();
    dispatcher.purgeOlderThan(Duration.ofDays(90));
    assertThat(rows(sent)).isZero();
    assertThat(rows(pending)).isEqualTo(1);
  }

  @Test
  void aSendWithoutTransactionStillWritesTheOutbox() {
    String to = address();
    mailer.send(to, "Alone", "body");
    assertThat(rows(to)).isEqualTo(1);
  }

  private MailDispatcher dispatcherWith(MailDelivery delivery, Clock clock) {
    return new MailDispatcher(jdbc, transaction, delivery, clock, 3, Duration.ofMinutes(1));
  }

  private int rows(String to) {
    return jdbc.sql("select count(*) from mail_outbox where recipient = ?")
        .param(to)
        .query(Integer.class)
        .single();
  }

  private int attempts(String to) {
    return jdbc.sql("select attempts from mail_outbox where recipient = ?")
        .param(to)
        .query(Integer.class)
        .single();
  }

  private static String address() {
    return "outbox-" + UUID.randomUUID() + "@example.com";
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of(ClockConfiguration.ZONE);
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
