package org.cppp.platform;

/**
 * Sends plain-text e-mail. With {@code spring.mail.host} configured it goes through SMTP; without
 * it (development, demo) the message is written to the log instead, so nothing fails for want of a
 * mail server.
 */
public interface Mailer {

  void send(String to, String subject, String body);
}
