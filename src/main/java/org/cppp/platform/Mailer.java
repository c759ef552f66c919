package org.cppp.platform;

import java.util.List;

/**
 * Sends plain-text e-mail: the mail is written to the outbox in the caller's transaction (or one of
 * its own when there is none) and sent by {@link MailDispatcher} once that is committed, so a mail
 * of a change rolled back is never sent and one committed is sent once, across restarts too.
 */
public interface Mailer {

  void send(String to, String subject, String body);

  /** Sends each of these, as {@link #send} would, in their order (the outbox: in one statement). */
  default void sendAll(List<Mail> mails) {
    mails.forEach(m -> send(m.to(), m.subject(), m.body()));
  }

  /** One e-mail to send. */
  record Mail(String to, String subject, String body) {}
}
