package org.cppp.application;

import java.util.EnumSet;
import java.util.LinkedHashMap;
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
    Map<String, Locale> factory = users(Role.APPLICANT, change.factoryBr());
    if (AWAITING_OFFICERS.contains(change.to())) {
      users(Role.OFFICER, null).forEach(factory::putIfAbsent);
    }
    factory.forEach((to, locale) -> send(to, locale, "mail.application", change));
    if (TOLD_TO_PROVIDER.contains(change.to())) {
      provider(change.providerCode())
          .forEach((to, locale) -> send(to, locale, "mail.application.provider", change));
    }
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

  private void send(String to, Locale locale, String key, ApplicationStatusChanged change) {
    String status = messages.getMessage("status." + change.to().name(), null, locale);
    Object[] args = {
      change.reference(), status, change.effectiveOn().toString(), link(change.reference())
    };
    mailer.send(
        to,
        messages.getMessage(key + ".subject", args, locale),
        messages.getMessage(key + ".body", args, locale));
  }

  private Map<String, Locale> users(Role role, String factoryBr) {
    Map<String, Locale> to = new LinkedHashMap<>();
    users.emailsOf(role, factoryBr).forEach(address -> to.put(address, users.languageOf(address)));
    return to;
  }

  private Map<String, Locale> provider(String providerCode) {
    Map<String, Locale> to = new LinkedHashMap<>();
    if (providerCode == null) {
      return to;
    }
    users
        .emailsOfProvider(providerCode)
        .forEach(address -> to.put(address, users.languageOf(address)));
    if (to.isEmpty()) {
      providers
          .mailContact(providerCode)
          .ifPresent((ProviderContact c) -> to.put(c.email(), c.locale()));
    }
    return to;
  }

  private String link(String reference) {
    return publicUrl.link("/applications/" + reference);
  }
}
