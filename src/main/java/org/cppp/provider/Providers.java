package org.cppp.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider module's facade: the register of ET service providers, removals and reinstatements
 * with their history, the GDEIC lapse check, quality checks, and the register's figures for
 * reports. Staff see every provider; a provider's own staff see only their provider.
 */
@Service
@Transactional
public class Providers {

  static final String AUDIT_TYPE = "provider";

  private final ServiceProviders providers;
  private final QualityChecks checks;
  private final ProviderApplicationRepository joining;
  private final AuditTrail audit;
  private final Clock clock;

  Providers(
      ServiceProviders providers,
      QualityChecks checks,
      ProviderApplicationRepository joining,
      AuditTrail audit,
      Clock clock) {
    this.providers = providers;
    this.checks = checks;
    this.joining = joining;
    this.audit = audit;
    this.clock = clock;
  }

  /** Puts a new provider on the register; refuses a missing or taken code. */
  @PreAuthorize(ProviderPolicy.EDIT)
  public ProviderView register(ProviderDetails details) {
    if (details.code() == null || details.code().isBlank()) {
      throw new RuleViolation("code", "provider.code.required");
    }
    ServiceProvider provider = new ServiceProvider(details.code().trim(), details);
    if (providers.existsByCode(provider.code())) {
      throw new RuleViolation("code", "provider.code.taken", provider.code());
    }
    providers.save(provider);
    Map<String, Object> created = new LinkedHashMap<>(provider.snapshot());
    created.put("code", provider.code());
    audit.record(AUDIT_TYPE, provider.code(), "CREATED", created);
    checkLapse(provider, LocalDate.now(clock));
    return provider.view();
  }

  /** Changes a provider's register data; the code never changes. */
  @PreAuthorize(ProviderPolicy.EDIT)
  public ProviderView update(String code, ProviderDetails details) {
    ServiceProvider provider = find(code);
    if (details.code() != null && !details.code().trim().equalsIgnoreCase(provider.code())) {
      throw new RuleViolation("code", "provider.code.immutable");
    }
    Map<String, Object> before = provider.snapshot();
    provider.apply(details);
    audit.record(
        AUDIT_TYPE, provider.code(), "UPDATED", Changes.between(before, provider.snapshot()));
    checkLapse(provider, LocalDate.now(clock));
    return provider.view();
  }

  /** A provider, for staff or the provider's own staff; otherwise not found. */
  @PreAuthorize(ProviderPolicy.READ)
  @Transactional(readOnly = true)
  public ProviderView get(String code) {
    return visible(code).view();
  }

  /** The provider the current provider user is bound to. */
  @PreAuthorize(ProviderPolicy.OWN)
  @Transactional(readOnly = true)
  public ProviderView mine() {
    String own = CurrentUser.current().providerCode();
    if (own == null) {
      throw new NotFoundException("Provider", "(none bound)");
    }
    return get(own);
  }

  /** A provider's removals and reinstatements, oldest first. */
  @PreAuthorize(ProviderPolicy.READ)
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(String code) {
    return visible(code).history();
  }

  /** A provider's quality checks, newest first. */
  @PreAuthorize(ProviderPolicy.READ)
  @Transactional(readOnly = true)
  public List<QualityCheckView> qualityChecks(String code) {
    return checks.findByProviderIdOrderByCheckedOnDescIdDesc(visible(code).id()).stream()
        .map(QualityCheck::view)
        .toList();
  }

  /** The staff list, filtered. */
  @PreAuthorize(ProviderPolicy.STAFF_ONLY)
  @Transactional(readOnly = true)
  public Page<ProviderView> search(ProviderQuery query, Pageable pageable) {
    return providers.findAll(ProviderSearch.of(query), pageable).map(ServiceProvider::view);
  }

  /** Removes a provider from the list from {@code on}, with the reason. */
  @PreAuthorize(ProviderPolicy.EDIT)
  public ProviderView remove(String code, LocalDate on, String reason) {
    ServiceProvider provider = find(code);
    provider.remove(required(on, "on"), required(reason, "reason"), actor());
    audit.record(AUDIT_TYPE, provider.code(), "REMOVED", Map.of("on", on, "reason", reason));
    return provider.view();
  }

  /** Puts a removed provider back on the list from {@code on}, with the reason. */
  @PreAuthorize(ProviderPolicy.EDIT)
  public ProviderView reinstate(String code, LocalDate on, String reason) {
    ServiceProvider provider = find(code);
    provider.reinstate(required(on, "on"), required(reason, "reason"), actor());
    audit.record(AUDIT_TYPE, provider.code(), "REINSTATED", Map.of("on", on, "reason", reason));
    return provider.view();
  }

  /**
   * Flags PRD-based providers on the list whose GDEIC registration expired before {@code today},
   * and lifts the flag of those since renewed. Returns how many were newly flagged.
   */
  @PreAuthorize(ProviderPolicy.EDIT)
  public int flagLapsedRegistrations(LocalDate today) {
    int flagged = 0;
    for (ServiceProvider provider : providers.findRegisteredWithGdeic(ProviderBase.PRD)) {
      flagged += "LAPSE_FLAGGED".equals(checkLapse(provider, today)) ? 1 : 0;
    }
    for (ServiceProvider provider : providers.findFlagged()) {
      checkLapse(provider, today);
    }
    return flagged;
  }

  /** The providers flagged for a lapsed GDEIC registration and still on the list. */
  @PreAuthorize(ProviderPolicy.EDIT)
  @Transactional(readOnly = true)
  public List<ProviderView> flagged() {
    return providers.findFlagged().stream().map(ServiceProvider::view).toList();
  }

  /** Removes every flagged provider from {@code on} in one step; all or none. Returns how many. */
  @PreAuthorize(ProviderPolicy.EDIT)
  public int removeFlagged(LocalDate on, String reason) {
    List<ServiceProvider> flagged = providers.findFlagged();
    for (ServiceProvider provider : flagged) {
      remove(provider.code(), on, reason);
    }
    return flagged.size();
  }

  /** Records a quality check of a provider's work by the current user. */
  @PreAuthorize(ProviderPolicy.CHECK)
  public QualityCheckView recordQualityCheck(String code, QualityCheckDetails details) {
    ServiceProvider provider = find(code);
    if (details.checkedOn().isAfter(LocalDate.now(clock))) {
      throw new RuleViolation("checkedOn", "provider.quality.future");
    }
    QualityCheck check = checks.save(new QualityCheck(provider.id(), details, actor()));
    audit.record(AUDIT_TYPE, provider.code(), "QUALITY_CHECK", check.snapshot());
    return check.view();
  }

  /**
   * Where the system mails this provider about the applications naming it when none of its staff
   * has an account (the registered contact e-mail); empty for an unknown code. For mails only: no
   * page or API shows it. Unguarded like {@code identity/RoleHolders}: it is asked while a change
   * is being committed (a decision by a circulation's job, or a module test without a signed-in
   * user), and a refusal there would roll the change back.
   */
  @Transactional(readOnly = true)
  public Optional<ProviderContact> mailContact(String code) {
    return providers
        .findByCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
        .map(
            p ->
                new ProviderContact(
                    p.view().contactEmail(),
                    Locale.forLanguageTag(joining.languageOfProvider(p.code()).orElse("en"))));
  }

  /** Whether a provider with this code is on the register and not removed on {@code on}. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean isRegistered(String code, LocalDate on) {
    return code != null
        && on != null
        && providers
            .findByCode(code.trim().toUpperCase(Locale.ROOT))
            .map(p -> p.registeredAt(on))
            .orElse(false);
  }

  /**
   * Whether the provider with this code may be named in a new application on {@code on}: on the
   * register then and, if based in Guangdong, with a GDEIC registration that has not lapsed.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public ProviderStanding standing(String code, LocalDate on) {
    return providers
        .findWithHistoryByCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
        .filter(p -> on != null && p.registeredAt(on))
        .map(p -> p.lapsedOn(on) ? ProviderStanding.GDEIC_LAPSED : ProviderStanding.ENGAGEABLE)
        .orElse(ProviderStanding.NOT_REGISTERED);
  }

  /**
   * Providers joined and removed in {@code from..to} (inclusive), and on the list at {@code asAt}.
   */
  @PreAuthorize(ProviderPolicy.STAFF_ONLY)
  @Transactional(readOnly = true)
  public ProviderStatistics statistics(LocalDate from, LocalDate to, LocalDate asAt) {
    return RegisterStatistics.of(
        providers.findAllWithHistory().stream().map(ServiceProvider::timeline).toList(),
        from,
        to,
        asAt);
  }

  /**
   * The public list, a page at a time in the database: providers on the register now, optionally of
   * one base and specialism and with part of the code or a name; whatever status the query names,
   * only registered providers are shown.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Page<PublicProvider> registeredList(ProviderQuery query, Pageable pageable) {
    ProviderQuery registered =
        new ProviderQuery(
            query.base(), query.specialism(), ProviderStatus.REGISTERED, query.text());
    return providers
        .findAll(ProviderSearch.of(registered), pageable)
        .map(ServiceProvider::publicView);
  }

  /** The dashboard's figures. */
  @PreAuthorize(ProviderPolicy.STAFF_ONLY)
  @Transactional(readOnly = true)
  public ProviderFigures figures() {
    Map<ProviderBase, Long> byBase = new EnumMap<>(ProviderBase.class);
    for (ProviderBase base : ProviderBase.values()) {
      byBase.put(base, 0L);
    }
    for (Object[] row : providers.countRegisteredByBase()) {
      byBase.put((ProviderBase) row[0], (Long) row[1]);
    }
    long total = byBase.values().stream().mapToLong(Long::longValue).sum();
    return new ProviderFigures(total, byBase, providers.countFlagged());
  }

  private String checkLapse(ServiceProvider provider, LocalDate today) {
    String change = provider.checkLapse(today);
    if (change != null) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("on", today);
      values.put("gdeicValidUntil", provider.view().gdeicValidUntil());
      audit.record(AUDIT_TYPE, provider.code(), change, values);
    }
    return change;
  }

  private ServiceProvider visible(String code) {
    CurrentUser user = CurrentUser.current();
    boolean staff = user.hasAny(ProviderPolicy.STAFF);
    if (!staff && (user.providerCode() == null || !user.providerCode().equalsIgnoreCase(code))) {
      throw new NotFoundException("Provider", code);
    }
    return find(code);
  }

  private ServiceProvider find(String code) {
    return providers
        .findByCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
        .orElseThrow(() -> new NotFoundException("Provider", code));
  }

  private static <T> T required(T value, String field) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new RuleViolation(field, "provider.value.required");
    }
    return value;
  }

  private static String actor() {
    return CurrentUser.current().username();
  }
}
