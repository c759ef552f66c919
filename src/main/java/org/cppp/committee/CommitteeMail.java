package org.cppp.committee;

import java.util.Locale;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.Mailer;
import org.cppp.platform.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the decision letter's notice to the factory's applicants once a decision is committed, each
 * in their own language, with the absolute link to the letter's PDFs.
 */
@Component
class CommitteeMail {

  private final RoleHolders users;
  private final Mailer mailer;
  private final MessageSource messages;
  private final PublicUrl publicUrl;

  CommitteeMail(RoleHolders users, Mailer mailer, MessageSource messages, PublicUrl publicUrl) {
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
    this.publicUrl = publicUrl;
  }

  @ApplicationModuleListener
  void on(CommitteeDecisionRecorded decision) {
    for (String to : users.emailsOf(CommitteePolicy.LETTER_RECIPIENTS, decision.factoryBr())) {
      Locale locale = users.languageOf(to);
      mailer.send(
          to,
          text("mail.letter.subject", locale, decision),
          text("mail.letter.body", locale, decision));
    }
  }

  private String text(String key, Locale locale, CommitteeDecisionRecorded decision) {
    String outcome = messages.getMessage("outcome." + decision.outcome().name(), null, locale);
    return messages.getMessage(
        key,
        new Object[] {
          decision.applicationRef(),
          outcome,
          publicUrl.link("/committee/letters/" + decision.applicationRef())
        },
        locale);
  }
}
