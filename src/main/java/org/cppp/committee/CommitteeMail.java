package org.cppp.committee;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.Mailer;
import org.cppp.platform.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The committee's mails, each in its recipient's own language with an absolute link: the decision
 * letter's notice to the factory's applicants once a decision is committed, and to the sitting
 * members a meeting's papers when they are circulated and an application circulated for their vote
 * (both written to the outbox in the transaction of that change).
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
      String outcome = messages.getMessage("outcome." + decision.outcome().name(), null, locale);
      send(
          to,
          "mail.letter",
          locale,
          decision.applicationRef(),
          outcome,
          publicUrl.link("/committee/letters/" + decision.applicationRef()));
    }
  }

  /** Tells the members sitting on the meeting's date that its papers are out, with its page. */
  void papersCirculated(MeetingView meeting, Collection<MemberView> sitting) {
    String where =
        meeting.venue() == null || meeting.venue().isBlank()
            ? meeting.onlineLink()
            : meeting.venue();
    toMembers(
        sitting,
        "mail.papers",
        "/committee/meetings/" + meeting.id(),
        meeting.number(),
        meeting.date().toString(),
        meeting.startTime().toString(),
        where);
  }

  /** Asks the voting members to vote on a circulated application by its deadline. */
  void circulationStarted(CirculationView circulation, Collection<MemberView> voting) {
    toMembers(
        voting,
        "mail.circulation",
        "/committee/circulations/" + circulation.id(),
        circulation.applicationRef(),
        circulation.deadline().toString());
  }

  /**
   * Mails {@code key}'s subject and body once to each member's address; the link to {@code path}
   * follows the other arguments.
   */
  private void toMembers(Collection<MemberView> members, String key, String path, Object... args) {
    Object[] withLink = Arrays.copyOf(args, args.length + 1);
    withLink[args.length] = publicUrl.link(path);
    var usernames = members.stream().map(MemberView::username).toList();
    for (String to : users.emailsOfUsers(CommitteePolicy.APPOINTABLE, usernames)) {
      send(to, key, users.languageOf(to), withLink);
    }
  }

  private void send(String to, String key, Locale locale, Object... args) {
    mailer.send(
        to,
        messages.getMessage(key + ".subject", args, locale),
        messages.getMessage(key + ".body", args, locale));
  }
}
