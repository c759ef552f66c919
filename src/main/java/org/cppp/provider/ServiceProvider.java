package org.cppp.provider;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cppp.shared.RuleViolation;

/**
 * An ET service provider on the programme's register. Its place on the list changes only through
 * {@link #remove} and {@link #reinstate}, which guard the transition, keep the dates in order and
 * write the history; {@code removedOn}/{@code removalReason} always mirror the latest history
 * entry.
 */
@Entity
@Table(name = "provider")
class ServiceProvider {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  @Column(name = "name_zh")
  private String nameZh;

  @Enumerated(EnumType.STRING)
  private ProviderBase base;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "provider_specialism", joinColumns = @JoinColumn(name = "provider_id"))
  @Column(name = "specialism")
  @Enumerated(EnumType.STRING)
  private Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);

  @Column(name = "contact_person")
  private String contactPerson;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "joined_on")
  private LocalDate joinedOn;

  @Column(name = "gdeic_registration_no")
  private String gdeicRegistrationNo;

  @Column(name = "gdeic_valid_until")
  private LocalDate gdeicValidUntil;

  @Column(name = "removed_on")
  private LocalDate removedOn;

  @Column(name = "removal_reason")
  private String removalReason;

  @Column(name = "lapse_flagged_on")
  private LocalDate lapseFlaggedOn;

  @Version private long version;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "provider_id", nullable = false)
  @OrderBy("effectiveOn, id")
  private List<RegisterEvent> history = new ArrayList<>();

  protected ServiceProvider() {}

  ServiceProvider(String code, ProviderDetails details) {
    if (code == null || !code.matches("[A-Za-z0-9-]{2,20}")) {
      throw new RuleViolation("code", "provider.code.pattern");
    }
    this.code = code.toUpperCase(Locale.ROOT);
    apply(details);
  }

  /** Replaces the register data (never the code); a PRD base needs the GDEIC registration. */
  void apply(ProviderDetails details) {
    if (details.base() == ProviderBase.PRD) {
      if (blank(details.gdeicRegistrationNo())) {
        throw new RuleViolation("gdeicRegistrationNo", "provider.gdeic.required");
      }
      if (details.gdeicValidUntil() == null) {
        throw new RuleViolation("gdeicValidUntil", "provider.gdeic.required");
      }
    }
    if (!history.isEmpty() && history.get(0).effectiveOn().isBefore(details.joinedOn())) {
      throw new RuleViolation("joinedOn", "provider.joined.after-history");
    }
    this.name = details.name().trim();
    this.nameZh = blank(details.nameZh()) ? null : details.nameZh().trim();
    this.base = details.base();
    this.specialisms.clear();
    this.specialisms.addAll(details.specialisms());
    this.contactPerson = details.contactPerson().trim();
    this.contactPhone = details.contactPhone().trim();
    this.contactEmail = details.contactEmail().trim();
    this.joinedOn = details.joinedOn();
    this.gdeicRegistrationNo =
        blank(details.gdeicRegistrationNo()) ? null : details.gdeicRegistrationNo().trim();
    this.gdeicValidUntil = details.gdeicValidUntil();
  }

  /** Takes the provider off the list from {@code on}. */
  void remove(LocalDate on, String reason, String actor) {
    if (removedOn != null) {
      throw new RuleViolation(null, "provider.remove.already-removed", code);
    }
    checkDate(on);
    history.add(new RegisterEvent(HistoryAction.REMOVED, on, reason.trim(), actor));
    this.removedOn = on;
    this.removalReason = reason.trim();
    this.lapseFlaggedOn = null;
  }

  /** Puts a removed provider back on the list from {@code on}. */
  void reinstate(LocalDate on, String reason, String actor) {
    if (removedOn == null) {
      throw new RuleViolation(null, "provider.reinstate.not-removed", code);
    }
    checkDate(on);
    if (base == ProviderBase.PRD && (gdeicValidUntil == null || gdeicValidUntil.isBefore(on))) {
      throw new RuleViolation("on", "provider.reinstate.gdeic-lapsed", gdeicValidUntil);
    }
    history.add(new RegisterEvent(HistoryAction.REINSTATED, on, reason.trim(), actor));
    this.removedOn = null;
    this.removalReason = null;
  }

  /** A PRD-based provider on the list whose GDEIC registration expired before {@code today}. */
  boolean lapsedOn(LocalDate today) {
    return base == ProviderBase.PRD
        && removedOn == null
        && gdeicValidUntil != null
        && gdeicValidUntil.isBefore(today);
  }

  /** Flags a lapse found today, or lifts the flag once renewed; says which (or {@code null}). */
  String checkLapse(LocalDate today) {
    boolean lapsed = lapsedOn(today);
    if (lapsed && lapseFlaggedOn == null) {
      lapseFlaggedOn = today;
      return "LAPSE_FLAGGED";
    }
    if (!lapsed && lapseFlaggedOn != null) {
      lapseFlaggedOn = null;
      return "LAPSE_UNFLAGGED";
    }
    return null;
  }

  /** On the list at {@code date}, according to the history. */
  boolean registeredAt(LocalDate date) {
    return timeline().registeredAt(date);
  }

  RegisterTimeline timeline() {
    return new RegisterTimeline(
        base,
        joinedOn,
        history.stream()
            .map(e -> new RegisterTimeline.Change(e.action(), e.effectiveOn()))
            .toList());
  }

  private void checkDate(LocalDate on) {
    if (on.isBefore(joinedOn)) {
      throw new RuleViolation("on", "provider.date.before-joined", joinedOn);
    }
    if (!history.isEmpty() && on.isBefore(history.get(history.size() - 1).effectiveOn())) {
      throw new RuleViolation(
          "on", "provider.date.before-last-change", history.get(history.size() - 1).effectiveOn());
    }
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("nameZh", nameZh);
    values.put("base", base);
    values.put("specialisms", sortedSpecialisms().toString());
    values.put("contactPerson", contactPerson);
    values.put("contactPhone", contactPhone);
    values.put("contactEmail", contactEmail);
    values.put("joinedOn", joinedOn);
    values.put("gdeicRegistrationNo", gdeicRegistrationNo);
    values.put("gdeicValidUntil", gdeicValidUntil);
    return values;
  }

  ProviderView view() {
    return new ProviderView(
        code,
        name,
        nameZh,
        base,
        sortedSpecialisms(),
        contactPerson,
        contactPhone,
        contactEmail,
        joinedOn,
        gdeicRegistrationNo,
        gdeicValidUntil,
        removedOn,
        removalReason,
        lapseFlaggedOn);
  }

  PublicProvider publicView() {
    return new PublicProvider(
        code, name, nameZh, base, sortedSpecialisms(), contactPerson, contactPhone, contactEmail);
  }

  List<HistoryEntry> history() {
    return history.stream().map(RegisterEvent::view).toList();
  }

  private List<Specialism> sortedSpecialisms() {
    return specialisms.stream().sorted().toList();
  }

  Long id() {
    return id;
  }

  String code() {
    return code;
  }

  ProviderBase base() {
    return base;
  }

  LocalDate removedOn() {
    return removedOn;
  }

  LocalDate lapseFlaggedOn() {
    return lapseFlaggedOn;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
