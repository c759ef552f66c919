package org.cppp.platform;

/**
 * What actually hands a mail over: SMTP when {@code spring.mail.host} is configured, the log
 * otherwise (development, demo). Only {@link MailDispatcher} calls it; a failure is thrown, so the
 * dispatcher can retry.
 */
public interface MailDelivery {

  void deliver(String to, String subject, String body);

  /**
   * Hands a mail over with the given {@code Message-ID} (the same for every attempt of one outbox
   * row); a delivery that cannot set headers ignores it.
   */
  default void deliver(String to, String subject, String body, String messageId) {
    deliver(to, subject, body);
  }
}
