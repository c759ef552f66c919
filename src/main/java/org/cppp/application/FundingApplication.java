package org.cppp.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.funding.Initiative;
import org.cppp.funding.Scheme;
import org.cppp.funding.SchemeConverter;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.shared.TechnologyCategory;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A factory's funding application. Every status change goes through {@link #move}, which refuses a
 * move the current status does not allow, records it in the timeline and publishes {@link
 * ApplicationStatusChanged}.
 */
@Entity
@Table(name = "funding_application")
class FundingApplication extends AbstractAggregateRoot<FundingApplication> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String reference;

  @Column(name = "factory_br")
  private String factoryBr;

  @Column(name = "factory_sector")
  private String factorySector;

  @Convert(converter = SchemeConverter.class)
  private Scheme scheme;

  @Column(name = "provider_code")
  private String providerCode;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  private String title;
  private String description;

  @Column(name = "quotation_ref")
  private String quotationRef;

  @Column(name = "total_cost_hkd")
  private BigDecimal totalCostHkd;

  @Column(name = "government_share_hkd")
  private BigDecimal governmentShareHkd;

  @Column(name = "approved_amount_hkd")
  private BigDecimal approvedAmountHkd;

  @Column(name = "final_cost_hkd")
  private BigDecimal finalCostHkd;

  @Enumerated(EnumType.STRING)
  private TechnologyCategory technology;

  @Column(name = "expected_benefits")
  private String expectedBenefits;

  @Column(name = "verifies_reference")
  private String verifiesReference;

  @Column(name = "verifies_description")
  private String verifiesDescription;

  @Column(name = "phase_name")
  private String phaseName;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  /** The service-level stage the application is in and since when ({@link ServiceStage}). */
  @Enumerated(EnumType.STRING)
  @Column(name = "sla_stage")
  private ServiceStage slaStage;

  @Column(name = "sla_since")
  private LocalDate slaSince;

  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "screening_findings")
  private String screeningFindings;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(
      name = "application_cost_item",
      joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "position")
  private List<CostItem> costItems = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<StatusChange> history = new ArrayList<>();

  protected FundingApplication() {}

  FundingApplication(
      String reference,
      String factoryBr,
      String factorySector,
      Scheme scheme,
      Initiative initiative,
      ApplicationDraft draft,
      String actor,
      LocalDate today) {
    this.reference = reference;
    this.factoryBr = factoryBr;
    this.factorySector = factorySector;
    this.scheme = scheme;
    this.status = ApplicationStatus.DRAFT;
    this.createdBy = actor;
    this.createdAt = Instant.now();
    this.decisionNote = "";
    this.screeningFindings = "";
    apply(draft, initiative);
    history.add(new StatusChange(this, null, ApplicationStatus.DRAFT, today, actor, ""));
  }

  /** Changes what the applicant filled in; only while it is theirs to edit. */
  void edit(ApplicationDraft draft, Initiative initiative) {
    if (!isEditable()) {
      throw new StateConflict("application.not-editable", reference, status);
    }
    apply(draft, initiative);
  }

  boolean hasTitle() {
    return title != null && !title.isBlank();
  }

  boolean isEditable() {
    return status == ApplicationStatus.DRAFT
        || status == ApplicationStatus.RETURNED_FOR_INFORMATION;
  }

  /**
   * What the applicant filled in, of the fields the scheme's initiative takes: a demonstration
   * project's technology, a verification's project verified.
   */
  private void apply(ApplicationDraft draft, Initiative initiative) {
    this.providerCode = blankToNull(draft.providerCode());
    this.title = text(draft.title());
    this.description = text(draft.description());
    this.quotationRef = blankToNull(draft.quotationRef());
    this.costItems.clear();
    draft
        .costItems()
        .forEach(
            l ->
                costItems.add(
                    new CostItem(l.description().trim(), money("amountHkd", l.amountHkd()))));
    this.totalCostHkd =
        costItems.stream().map(CostItem::amountHkd).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean demonstration = initiative == Initiative.DEMONSTRATION;
    boolean verification = initiative == Initiative.VERIFICATION;
    this.technology = demonstration ? draft.technology() : null;
    this.expectedBenefits = text(draft.expectedBenefits());
    this.verifiesReference = verification ? blankToNull(draft.verifiesReference()) : null;
    this.verifiesDescription = verification ? text(draft.verifiesDescription()) : "";
    this.updatedAt = Instant.now();
  }

  /**
   * The fields a submission under the scheme's initiative still lacks, by name; empty when
   * complete.
   */
  List<String> missingForSubmission(boolean hasQuotation, Initiative initiative) {
    List<String> missing = new ArrayList<>();
    if (title.isBlank()) {
      missing.add("title");
    }
    if (costItems.isEmpty() || totalCostHkd.signum() <= 0) {
      missing.add("costItems");
    }
    if (initiative != Initiative.VERIFICATION) {
      if (providerCode == null) {
        missing.add("providerCode");
      }
      if (!hasQuotation && quotationRef == null) {
        missing.add("quotation");
      }
    }
    if (initiative == Initiative.DEMONSTRATION) {
      if (technology == null) {
        missing.add("technology");
      }
      if (expectedBenefits.isBlank()) {
        missing.add("expectedBenefits");
      }
    }
    if (initiative == Initiative.VERIFICATION
        && verifiesReference == null
        && verifiesDescription.isBlank()) {
      missing.add("verifiesReference");
    }
    return missing;
  }

  /** Submits (or resubmits) with the government share the rules in force give. */
  void submit(BigDecimal governmentShareHkd, String phaseName, LocalDate on, String actor) {
    move(ApplicationStatus.SUBMITTED, on, actor, "");
    this.governmentShareHkd = money("governmentShareHkd", governmentShareHkd);
    this.phaseName = phaseName;
    if (submittedOn == null) {
      submittedOn = on;
    }
  }

  void startScreening(LocalDate on, String actor, String note) {
    move(ApplicationStatus.SCREENING, on, actor, note);
  }

  void returnForInformation(LocalDate on, String actor, String request) {
    requireText(request, "note");
    move(ApplicationStatus.RETURNED_FOR_INFORMATION, on, actor, request);
  }

  /**
   * The factory was merged into another (a duplicate in the register): the work is now that one's.
   */
  void moveToFactory(String brNumber) {
    this.factoryBr = brNumber;
  }

  void passScreening(LocalDate on, String actor, String findings) {
    move(ApplicationStatus.READY_FOR_COMMITTEE, on, actor, findings);
    this.screeningFindings = text(findings);
  }

  /** Approves up to the rules' share; {@code dueOn} is when the work must be completed by. */
  void approve(
      BigDecimal amountHkd, LocalDate on, LocalDate dueOn, String actor, String conditions) {
    requireCanMove(ApplicationStatus.APPROVED);
    BigDecimal amount =
        amountHkd == null ? governmentShareHkd : money("approvedAmountHkd", amountHkd);
    if (amount == null || amount.signum() < 0 || amount.compareTo(governmentShareHkd) > 0) {
      throw new RuleViolation(
          "approvedAmount", "application.approved-amount.range", governmentShareHkd);
    }
    move(ApplicationStatus.APPROVED, on, actor, conditions);
    this.approvedAmountHkd = amount;
    this.decidedOn = on;
    this.dueOn = dueOn;
    this.decisionNote = text(conditions);
  }

  void reject(LocalDate on, String actor, String reasons) {
    requireText(reasons, "note");
    move(ApplicationStatus.REJECTED, on, actor, reasons);
    this.decidedOn = on;
    this.decisionNote = reasons.trim();
  }

  void defer(LocalDate on, String actor, String request) {
    requireText(request, "note");
    move(ApplicationStatus.DEFERRED, on, actor, request);
    this.decisionNote = request.trim();
  }

  /** Whether its approved work may still be varied: approved, and not yet completed or closed. */
  boolean mayVary() {
    return status == ApplicationStatus.APPROVED || status == ApplicationStatus.IN_PROGRESS;
  }

  /** Refuses a variation of work that is not approved and open. */
  void requireVariable() {
    if (!mayVary()) {
      throw new StateConflict("application.variation.not-variable", reference, status);
    }
  }

  /** An approved extension: the work is due later. Returns the due date it replaces. */
  LocalDate extendTo(LocalDate newDueOn) {
    requireVariable();
    if (dueOn != null && !newDueOn.isAfter(dueOn)) {
      throw new RuleViolation("newDueOn", "application.variation.due.not-later", dueOn);
    }
    LocalDate before = dueOn;
    this.dueOn = newDueOn;
    this.updatedAt = Instant.now();
    return before;
  }

  /** An approved change of provider (whose standing the caller checked). Returns the one before. */
  String engage(String newProviderCode) {
    requireVariable();
    String before = providerCode;
    this.providerCode = newProviderCode.trim();
    this.updatedAt = Instant.now();
    return before;
  }

  /** An approved change of scope: the work's description. Returns the one before. */
  String rescope(String newScope) {
    requireVariable();
    String before = description;
    this.description = newScope.trim();
    this.updatedAt = Instant.now();
    return before;
  }

  /**
   * An approved change of cost: the new total, the rules' share of it becoming the share and the
   * grant. Returns how much the grant grows (negative: shrinks); the caller commits or releases it.
   */
  BigDecimal recost(BigDecimal newTotalCostHkd, BigDecimal newShareHkd) {
    requireVariable();
    BigDecimal grant = money("newTotalCostHkd", newShareHkd);
    BigDecimal change = grant.subtract(approvedAmountHkd);
    this.totalCostHkd = money("newTotalCostHkd", newTotalCostHkd);
    this.governmentShareHkd = grant;
    this.approvedAmountHkd = grant;
    this.updatedAt = Instant.now();
    return change;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  /** Cites the authority the decision just recorded was made under (in its timeline entry). */
  void authorisedBy(DecisionAuthority authority, String citation) {
    history.get(history.size() - 1).authorisedBy(authority, citation);
  }

  void start(LocalDate on, String actor) {
    move(ApplicationStatus.IN_PROGRESS, on, actor, "");
  }

  /**
   * Completes the work at its final cost; the grant becomes the smaller of the approved amount and
   * {@code finalShareHkd} (the rules applied to the final cost). Returns the amount to release.
   */
  BigDecimal complete(
      BigDecimal finalCostHkd, BigDecimal finalShareHkd, LocalDate on, String actor) {
    if (finalCostHkd == null || finalCostHkd.signum() < 0) {
      throw new RuleViolation("finalCost", "application.final-cost.invalid");
    }
    move(ApplicationStatus.COMPLETED, on, actor, "");
    this.finalCostHkd = money("finalCostHkd", finalCostHkd);
    this.completedOn = on;
    BigDecimal grant = approvedAmountHkd.min(money("finalCostHkd", finalShareHkd));
    BigDecimal release = approvedAmountHkd.subtract(grant);
    this.approvedAmountHkd = grant;
    return release;
  }

  void close(LocalDate on, String actor) {
    move(ApplicationStatus.CLOSED, on, actor, "");
  }

  /** Withdraws; returns the committed amount to release (zero if nothing was approved). */
  BigDecimal withdraw(LocalDate on, String actor, String reason) {
    boolean held = status.holdsCommitment();
    move(ApplicationStatus.WITHDRAWN, on, actor, reason);
    return held ? approvedAmountHkd : BigDecimal.ZERO.setScale(2);
  }

  void requireCanMove(ApplicationStatus next) {
    if (!status.canTransitionTo(next)) {
      throw new StateConflict("application.illegal-transition", reference, status, next);
    }
  }

  private void move(ApplicationStatus next, LocalDate on, String actor, String note) {
    requireCanMove(next);
    ApplicationStatus previous = status;
    status = next;
    enterStage(ServiceStage.of(next).orElse(null), on);
    updatedAt = Instant.now();
    history.add(new StatusChange(this, previous, next, on, actor, note));
    registerEvent(
        new ApplicationStatusChanged(
            reference, factoryBr, scheme, previous, next, on, actor, providerCode));
  }

  /** The service level's clock restarts only when the application enters another stage. */
  private void enterStage(ServiceStage stage, LocalDate on) {
    if (stage != slaStage) {
      slaStage = stage;
      slaSince = stage == null ? null : on;
    }
  }

  /**
   * Replays a legacy application's life with its own dates: submitted, then decided, then (if so)
   * completed or withdrawn. Publishes no events: nobody is told about history.
   */
  static FundingApplication historical(
      HistoricalApplication h, String sector, Rules rules, String actor, LocalDate today) {
    ApplicationDraft draft =
        new ApplicationDraft(
            h.providerCode(),
            h.title() == null || h.title().isBlank() ? h.reference() : h.title(),
            "",
            null,
            java.util.List.of(new ApplicationDraft.Line("Total cost", h.totalCostHkd())),
            h.technology(),
            "",
            null,
            rules.initiative() == Initiative.VERIFICATION ? "Recorded from legacy data" : "");
    FundingApplication a =
        new FundingApplication(
            h.reference(),
            h.factoryBr(),
            sector,
            h.scheme(),
            rules.initiative(),
            draft,
            actor,
            h.submittedOn());
    a.submit(rules.share(), rules.phase(), h.submittedOn(), actor);
    if (h.status() == ApplicationStatus.SUBMITTED
        || (h.status() == ApplicationStatus.WITHDRAWN && h.decidedOn() == null)) {
      if (h.status() == ApplicationStatus.WITHDRAWN) {
        a.withdraw(h.submittedOn(), actor, "Recorded from legacy data");
      }
      a.clearDomainEvents();
      return a;
    }
    a.startScreening(h.submittedOn(), actor, "");
    a.passScreening(h.decidedOn(), actor, "Recorded from legacy data");
    if (h.status() == ApplicationStatus.REJECTED) {
      a.reject(h.decidedOn(), actor, "Recorded from legacy data");
    } else {
      LocalDate due = h.decidedOn().plusMonths(rules.completionMonths());
      a.approve(null, h.decidedOn(), due, actor, "");
      if (h.status() == ApplicationStatus.COMPLETED) {
        LocalDate done = due.isAfter(today) ? today : due;
        a.start(h.decidedOn(), actor);
        a.complete(
            h.totalCostHkd(),
            rules.share(),
            done.isBefore(h.decidedOn()) ? h.decidedOn() : done,
            actor);
      } else if (h.status() == ApplicationStatus.WITHDRAWN) {
        a.withdraw(today, actor, "Recorded from legacy data");
      }
    }
    a.clearDomainEvents();
    return a;
  }

  /** This application's value of a column a bulk import writes. */
  Object column(ApplicationColumn column) {
    return switch (column) {
      case REFERENCE -> reference;
      case FACTORY_BR -> factoryBr;
      case FACTORY_SECTOR -> factorySector;
      case SCHEME -> scheme;
      case PROVIDER_CODE -> providerCode;
      case STATUS -> status;
      case TITLE -> title;
      case DESCRIPTION -> description;
      case QUOTATION_REF -> quotationRef;
      case TOTAL_COST_HKD -> totalCostHkd;
      case GOVERNMENT_SHARE_HKD -> governmentShareHkd;
      case APPROVED_AMOUNT_HKD -> approvedAmountHkd;
      case FINAL_COST_HKD -> finalCostHkd;
      case TECHNOLOGY -> technology;
      case EXPECTED_BENEFITS -> expectedBenefits;
      case VERIFIES_REFERENCE -> verifiesReference;
      case VERIFIES_DESCRIPTION -> verifiesDescription;
      case PHASE_NAME -> phaseName;
      case SUBMITTED_ON -> submittedOn;
      case DECIDED_ON -> decidedOn;
      case DUE_ON -> dueOn;
      case COMPLETED_ON -> completedOn;
      case DECISION_NOTE -> decisionNote;
      case SCREENING_FINDINGS -> screeningFindings;
      case CREATED_BY -> createdBy;
      case SLA_STAGE -> slaStage;
      case SLA_SINCE -> slaSince;
    };
  }

  List<StatusChange> statusChanges() {
    return history;
  }

  List<CostItem> costItems() {
    return costItems;
  }

  /** What the rules of the submission date give a historical application. */
  record Rules(BigDecimal share, String phase, int completionMonths, Initiative initiative) {}

  @Override
  protected void clearDomainEvents() {
    super.clearDomainEvents();
  }

  ServiceStage slaStage() {
    return slaStage;
  }

  LocalDate slaSince() {
    return slaSince;
  }

  boolean isOverdue(LocalDate today) {
    return (status == ApplicationStatus.APPROVED || status == ApplicationStatus.IN_PROGRESS)
        && dueOn != null
        && dueOn.isBefore(today);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("status", status);
    values.put("provider", providerCode);
    values.put("title", title);
    values.put("totalCostHkd", totalCostHkd);
    values.put("governmentShareHkd", governmentShareHkd);
    values.put("approvedAmountHkd", approvedAmountHkd);
    values.put("technology", technology);
    values.put("verifies", verifiesReference);
    values.put("costItems", costItems.size());
    return values;
  }

  ApplicationView view(LocalDate today) {
    return new ApplicationView(
        reference,
        factoryBr,
        factorySector,
        scheme,
        providerCode,
        status,
        title,
        description,
        quotationRef,
        List.copyOf(costItems),
        totalCostHkd,
        governmentShareHkd,
        approvedAmountHkd,
        finalCostHkd,
        technology,
        expectedBenefits,
        verifiesReference,
        verifiesDescription,
        phaseName,
        submittedOn,
        decidedOn,
        dueOn,
        completedOn,
        decisionNote,
        screeningFindings,
        isOverdue(today),
        version);
  }

  List<TimelineEntry> timeline() {
    return history.stream().map(StatusChange::view).toList();
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new RuleViolation(field, "application.note.required");
    }
  }

  /** An amount at its cents, refused (naming the field) before any arithmetic when malformed. */
  private static BigDecimal money(String field, BigDecimal amount) {
    return amount == null ? null : DecimalInput.cents(field, amount);
  }

  private static String text(String value) {
    return value == null ? "" : value.trim();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** When its work was completed, or null. */
  LocalDate completedOn() {
    return completedOn;
  }

  Long id() {
    return id;
  }

  String reference() {
    return reference;
  }

  String factoryBr() {
    return factoryBr;
  }

  Scheme scheme() {
    return scheme;
  }

  ApplicationStatus status() {
    return status;
  }

  String providerCode() {
    return providerCode;
  }

  BigDecimal totalCostHkd() {
    return totalCostHkd;
  }

  BigDecimal approvedAmountHkd() {
    return approvedAmountHkd;
  }

  LocalDate submittedOn() {
    return submittedOn;
  }

  String title() {
    return title;
  }

  BigDecimal governmentShareHkd() {
    return governmentShareHkd;
  }

  String verifiesReference() {
    return verifiesReference;
  }

  long version() {
    return version;
  }
}
