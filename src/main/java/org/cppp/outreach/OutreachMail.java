package org.cppp.outreach;

import java.util.Locale;
import org.cppp.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a mail to a visitor into {@code outreach_mail} with the change that causes it, and sends
 * it once that change is committed (never for a change that was rolled back).
 */
@Component
class OutreachMail {

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final Mailer gateway;

  OutreachMail(JdbcClient jdbc, MessageSource messages, Mailer gateway) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.gateway = gateway;
  }

  void queue(String to, Locale locale, String key, Object... args) {
    String subject = messages.getMessage(key + ".subject", args, locale);
    String body = messages.getMessage(key + ".body", args, locale);
    jdbc.sql("insert into outreach_mail (recipient, subject, body) values (?, ?, ?)")
        .params(to, subject, body)
        .update();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            gateway.send(to, subject, body);
          }
        });
  }
}
