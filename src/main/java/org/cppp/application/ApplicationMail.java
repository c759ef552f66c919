package org.cppp.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cppp.funding.LedgerEntryView;
import org.cppp.identity.Role;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.Mailer;
import org.cppp.platform.MoneyFormat;
import org.cppp.platform.PublicUrl;
import org.cppp.provider.ProviderContact;
import org.cppp.provider.Providers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mails about an application, each once to each address in its recipient's own language,
 * written to the outbox in the transaction of the change (so none is lost or sent for a change
 * rolled back): the factory's applicants of every status change, the officers when it awaits them,
 * the provider it names when it is submitted, decided and completed, and the factory and the
 * provider when a payment is recorded. A provider is mailed at its staff's accounts, or at its
 * registered contact e-mail when none of its staff has one.
 */
@Component
class ApplicationMail {

  static final Set<ApplicationStatus> AWAITING_OFFICERS =
      EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.DEFERRED);

  static final Set<ApplicationStatus> TOLD_TO_PROVIDER =
      EnumSet.of(
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.APPROVED,
          ApplicationStatus.REJECTED,
          ApplicationStatus.DEFERRED,
          ApplicationStatus.COMPLETED);

  private final RoleHolders users;
  private final Providers providers;
  private final Mailer mailer;
  private final MessageSource messages;
  private final PublicUrl publicUrl;
  private final MoneyFormat money;

  ApplicationMail(
      RoleHolders users,
      Providers providers,
      Mailer mailer,
      MessageSource messages,
      PublicUrl publicUrl,
      MoneyFormat money) {
    this.users = users;
    this.providers = providers;
    this.mailer = mailer;
    this.messages = messages;
    this.publicUrl = publicUrl;
    this.money = money;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(ApplicationStatusChanged change) {
    Set<String> factory = new LinkedHashSet<>(users.emailsOf(Role.APPLICANT, change.factoryBr()));
    if (AWAITING_OFFICERS.contains(change.to())) {
      factory.addAll(users.emailsOf(Role.OFFICER, null));
    }
    boolean toProvider = TOLD_TO_PROVIDER.contains(change.to()) && change.providerCode() != null;
    List<String> providerStaff =
        toProvider ? users.emailsOfProvider(change.providerCode()) : List.of();
    // one look-up of the languages of every recipient, not one per address
    Set<String> everyone = new LinkedHashSet<>(factory);
    everyone.addAll(providerStaff);
    Map<String, Locale> languages = users.languagesOf(everyone);
    // written to the outbox in one statement, not one per mail
    List<Mailer.Mail> mails = new ArrayList<>();
    factory.forEach(to -> mails.add(mail(to, languages.get(to), "mail.application", change)));
    if (toProvider) {
      Map<String, Locale> provider = new LinkedHashMap<>();
      providerStaff.forEach(address -> provider.put(address, languages.get(address)));
      orContact(provider, change.providerCode())
          .forEach(
              (to, locale) -> mails.add(mail(to, locale, "mail.application.provider", change)));
    }
    mailer.sendAll(mails);
  }

  /** Tells the factory's applicants and the named provider of a payment just recorded. */
  void paid(FundingApplication application, LedgerEntryView payment) {
    Map<String, Locale> to = users(Role.APPLICANT, application.factoryBr());
    provider(application.providerCode()).forEach(to::putIfAbsent);
    Object[] args = {
      application.reference(),
      money.hkd(payment.amountHkd()),
      payment.effectiveOn().toString(),
      payment.invoiceRef(),
      link(application.reference())
    };
    to.forEach(
        (address, locale) ->
            mailer.send(
                address,
                messages.getMessage("mail.payment.subject", args, locale),
                messages.getMessage("mail.payment.body", args, locale)));
  }

  private Mailer.Mail mail(String to, Locale locale, String key, ApplicationStatusChanged change) {
    String status = messages.getMessage("status." + change.to().name(), null, locale);
    Object[] args = {
      change.reference(), status, change.effectiveOn().toString(), link(change.reference())
    };
    return new Mailer.Mail(
        to,
        messages.getMessage(key + ".subject", args, locale),
        messages.getMessage(key + ".body", args, locale));
  }

  private Map<String, Locale> users(Role role, String factoryBr) {
    List<String> emails = users.emailsOf(role, factoryBr);
    return new LinkedHashMap<>(users.languagesOf(emails));
  }

  private Map<String, Locale> provider(String providerCode) {
    if (providerCode == null) {
      return new LinkedHashMap<>();
    }
    return orContact(
        new LinkedHashMap<>(users.languagesOf(users.emailsOfProvider(providerCode))), providerCode);
  }

  /** The provider's staff, or its registered contact e-mail when none of its staff has one. */
  private Map<String, Locale> orContact(Map<String, Locale> staff, String providerCode) {
    if (staff.isEmpty()) {
      providers
          .mailContact(providerCode)
          .ifPresent((ProviderContact c) -> staff.put(c.email(), c.locale()));
    }
    return staff;
  }

  private String link(String reference) {
    return publicUrl.link("/applications/" + reference);
  }
}
