package org.cppp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.application.DeadlineStore.Due;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.Mailer;
import org.cppp.platform.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one batch of deadline notices in one transaction: each notice is recorded before its mails
 * are written to the outbox, so a notice is mailed exactly once, however often or wherever the job
 * runs. Factories' applicants and the provider's staff get a reminder per application; officers one
 * digest per batch, of reminders and of overdue work (which is also audited).
 */
@Component
class DeadlineNotices {

  static final int BATCH = 200;
  static final String OVERDUE = "OVERDUE";

  private final DeadlineStore store;
  private final RoleHolders users;
  private final Mailer mailer;
  private final MessageSource messages;
  private final AuditTrail audit;
  private final PublicUrl links;
  private final Clock clock;

  DeadlineNotices(
      DeadlineStore store,
      RoleHolders users,
      Mailer mailer,
      MessageSource messages,
      AuditTrail audit,
      PublicUrl links,
      Clock clock) {
    this.store = store;
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
    this.audit = audit;
    this.links = links;
    this.clock = clock;
  }

  /**
   * Reminds of work due more than {@code laterStepDays} and at most the step's days from today, not
   * yet reminded at this step; answers how many it selected (a full batch: there may be more).
   */
  @Transactional
  int remind(ReminderStep step, int laterStepDays, LocalDate today) {
    List<Due> selected =
        store.unnoticed(
            today.plusDays(laterStepDays), today.plusDays(step.daysBefore()), step.notice(), BATCH);
    List<Due> sent = claim(selected, step.notice());
    for (Due due : sent) {
      long left = ChronoUnit.DAYS.between(today, due.dueOn());
      Object[] args = {
        due.reference(), due.title(), due.dueOn().toString(), left, link(due.reference())
      };
      parties(due).forEach(to -> mail(to, "mail.deadline.reminder", args));
    }
    digest(sent, "mail.deadline.digest", step.daysBefore());
    return selected.size();
  }

  /**
   * Tells the officers once of work past its completion date, and audits it; as {@link #remind}.
   */
  @Transactional
  int escalate(LocalDate today) {
    List<Due> selected =
        store.unnoticed(DeadlineStore.NO_EARLIER, today.minusDays(1), OVERDUE, BATCH);
    List<Due> sent = claim(selected, OVERDUE);
    Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    sent.forEach(
        due ->
            changes.put(
                due.reference(),
                Map.of(
                    "dueOn", due.dueOn().toString(),
                    "daysOverdue", ChronoUnit.DAYS.between(due.dueOn(), today))));
    audit.recordEach(FundingApplications.AUDIT_TYPE, "OVERDUE_ESCALATED", changes);
    digest(sent, "mail.deadline.overdue", 0);
    return selected.size();
  }

  private List<Due> claim(List<Due> selected, String notice) {
    return selected.stream().filter(due -> store.markSent(due, notice, clock.instant())).toList();
  }

  private Set<String> parties(Due due) {
    Set<String> to = new LinkedHashSet<>(users.emailsOf(Role.APPLICANT, due.factoryBr()));
    if (due.providerCode() != null) {
      to.addAll(users.emailsOfProvider(due.providerCode()));
    }
    return to;
  }

  private void digest(List<Due> sent, String key, int days) {
    if (sent.isEmpty()) {
      return;
    }
    String list =
        sent.stream()
            .map(d -> "- " + d.reference() + " " + d.title() + " (" + d.dueOn() + ")")
            .collect(Collectors.joining("\n"));
    Object[] args = {sent.size(), days, list, links.link("/deadlines")};
    users.emailsOf(DeadlinePolicy.OFFICE, null).forEach(to -> mail(to, key, args));
  }

  private void mail(String to, String key, Object[] args) {
    Locale locale = users.languageOf(to);
    mailer.send(
        to,
        messages.getMessage(key + ".subject", args, locale),
        messages.getMessage(key + ".body", args, locale));
  }

  private String link(String reference) {
    return links.link("/applications/" + reference);
  }
}
