package org.cppp.committee;

import java.util.Locale;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the decision letter's notice to the factory's applicants once a decision is committed, in
 * English and Chinese (users have no language preference), pointing to the letter's PDFs.
 */
@Component
class CommitteeMail {

  private final RoleHolders users;
  private final Mailer mailer;
  private final MessageSource messages;

  CommitteeMail(RoleHolders users, Mailer mailer, MessageSource messages) {
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
  }

  @ApplicationModuleListener
  void on(CommitteeDecisionRecorded decision) {
    Locale zh = Locale.forLanguageTag("zh-HK");
    String subject =
        text("mail.letter.subject", Locale.ENGLISH, decision)
            + " / "
            + text("mail.letter.subject", zh, decision);
    String body =
        text("mail.letter.body", Locale.ENGLISH, decision)
            + "\n\n"
            + text("mail.letter.body", zh, decision);
    users
        .emailsAtFactory(CommitteePolicy.LETTER_RECIPIENTS, decision.factoryBr())
        .forEach(to -> mailer.send(to, subject, body));
  }

  private String text(String key, Locale locale, CommitteeDecisionRecorded decision) {
    String outcome = messages.getMessage("outcome." + decision.outcome().name(), null, locale);
    return messages.getMessage(
        key,
        new Object[] {
          decision.applicationRef(), outcome, "/committee/letters/" + decision.applicationRef()
        },
        locale);
  }
}
