package org.cppp.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cppp.platform.Mailer;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/** Keeps the e-mails the system sends, for tests to read. */
@TestComponent
@Primary
public class CapturingMailer implements Mailer {

  private final List<Mail> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(String to, String subject, String body) {
    sent.add(new Mail(to, subject, body));
  }

  /** Waits up to five seconds for a mail to this address whose subject contains the text. */
  public Mail await(String to, String subjectPart) {
    long deadline = System.currentTimeMillis() + 5000;
    while (System.currentTimeMillis() < deadline) {
      for (Mail mail : sent) {
        if (mail.to().equals(to) && mail.subject().contains(subjectPart)) {
          return mail;
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no mail to " + to + " about " + subjectPart + " in " + sent);
  }

  /** One e-mail. */
  public record Mail(String to, String subject, String body) {}
}
