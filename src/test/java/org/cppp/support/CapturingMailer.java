package org.cppp.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cppp.platform.MailDelivery;
import org.cppp.platform.MailDispatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * Keeps the e-mails the system delivers, for tests to read. The mails still go through the outbox:
 * {@link #await} runs the dispatcher (switched off on a schedule in tests) while it waits.
 */
@TestComponent
@Primary
public class CapturingMailer implements MailDelivery {

  private final List<Mail> sent = new CopyOnWriteArrayList<>();
  private final ObjectProvider<MailDispatcher> dispatcher;

  CapturingMailer(ObjectProvider<MailDispatcher> dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void deliver(String to, String subject, String body) {
    sent.add(new Mail(to, subject, body));
  }

  /** Waits up to five seconds for a mail to this address whose subject contains the text. */
  public Mail await(String to, String subjectPart) {
    long deadline = System.currentTimeMillis() + 5000;
    while (System.currentTimeMillis() < deadline) {
      dispatcher.getObject().dispatchDue();
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

  /** The mails delivered to this address so far, oldest first. */
  public List<Mail> to(String address) {
    return sent.stream().filter(mail -> mail.to().equals(address)).toList();
  }

  /** One e-mail. */
  public record Mail(String to, String subject, String body) {}
}
