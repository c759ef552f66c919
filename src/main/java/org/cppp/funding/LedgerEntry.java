package org.cppp.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/**
 * One line of the budget ledger. Written once, never changed (the database refuses updates and
 * deletes); a correction is a new entry.
 */
@Entity
@Immutable
@Table(name = "budget_entry")
class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private BudgetAccount account;

  @Enumerated(EnumType.STRING)
  private EntryKind kind;

  @Column(name = "application_ref")
  private String applicationRef;

  @Convert(converter = SchemeConverter.class)
  private Scheme scheme;

  @Column(name = "amount_hkd")
  private BigDecimal amountHkd;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  private String actor;

  private String note;

  @Column(name = "invoice_ref")
  private String invoiceRef;

  protected LedgerEntry() {}

  private LedgerEntry(BudgetAccount account, EntryKind kind, Movement movement, String actor) {
    this.account = account;
    this.kind = kind;
    this.applicationRef = movement.applicationRef();
    this.scheme = movement.scheme();
    this.amountHkd = movement.amountHkd().setScale(2);
    this.effectiveOn = movement.effectiveOn();
    this.note = movement.note();
    this.invoiceRef = movement.invoiceRef();
    this.actor = actor;
    this.recordedAt = Instant.now();
  }

  static LedgerEntry budgetAdded(
      BudgetAccount account, BigDecimal amountHkd, LocalDate on, String note, String actor) {
    return new LedgerEntry(
        account,
        EntryKind.COMMITMENT_ADDED,
        new Movement(null, null, amountHkd, on, note, null),
        actor);
  }

  static LedgerEntry commit(BudgetAccount account, Movement movement, String actor) {
    return new LedgerEntry(account, EntryKind.COMMIT, movement, actor);
  }

  static LedgerEntry release(BudgetAccount account, Movement movement, String actor) {
    return new LedgerEntry(account, EntryKind.RELEASE, movement, actor);
  }

  static LedgerEntry payment(BudgetAccount account, Movement movement, String actor) {
    return new LedgerEntry(account, EntryKind.PAYMENT, movement, actor);
  }

  BudgetAccount account() {
    return account;
  }

  Scheme scheme() {
    return scheme;
  }

  BigDecimal amountHkd() {
    return amountHkd;
  }

  String subjectId() {
    return applicationRef != null ? applicationRef : account.code();
  }

  EntryKind kind() {
    return kind;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("account", account.code());
    values.put("amountHkd", amountHkd.toPlainString());
    values.put("effectiveOn", effectiveOn.toString());
    if (scheme != null) {
      values.put("scheme", scheme.name());
    }
    if (invoiceRef != null) {
      values.put("invoiceRef", invoiceRef);
    }
    if (note != null) {
      values.put("note", note);
    }
    return values;
  }

  LedgerEntryView view() {
    return new LedgerEntryView(
        id,
        account.code(),
        kind,
        applicationRef,
        scheme,
        amountHkd,
        effectiveOn,
        recordedAt,
        actor,
        note,
        invoiceRef);
  }

  /** What moves, for which application, when. */
  record Movement(
      String applicationRef,
      Scheme scheme,
      BigDecimal amountHkd,
      LocalDate effectiveOn,
      String note,
      String invoiceRef) {}
}
