package org.cppp.verification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.shared.StateConflict;
import org.cppp.shared.TechnologyCategory;
import org.hibernate.annotations.BatchSize;

/**
 * A verification case: what is verified, how (IPMVP option, boundary, periods, variables), and the
 * readings. Readings change only while it is open or returned; QA's signature freezes it.
 */
@Entity
@Table(name = "verification_case")
class VerificationCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_ref")
  private String applicationRef;

  @Column(name = "factory_br")
  private String factoryBr;

  @Column(name = "provider_code")
  private String providerCode;

  @Column(name = "factory_sector")
  private String factorySector;

  private String scheme;

  @Enumerated(EnumType.STRING)
  private TechnologyCategory technology;

  @Column(name = "project_cost_hkd")
  private BigDecimal projectCostHkd;

  @Enumerated(EnumType.STRING)
  @Column(name = "ipmvp_option")
  private IpmvpOption option;

  private String boundary;

  @Enumerated(EnumType.STRING)
  private Region region;

  @Column(name = "baseline_from")
  private LocalDate baselineFrom;

  @Column(name = "baseline_to")
  private LocalDate baselineTo;

  @Column(name = "reporting_from")
  private LocalDate reportingFrom;

  @Column(name = "reporting_to")
  private LocalDate reportingTo;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  @Column(name = "qa_comments")
  private String qaComments;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Version private long version;

  // a list page shows up to this many cases: each collection loads for all of them in one query
  private static final int LISTED = 25;

  @ElementCollection
  @BatchSize(size = LISTED)
  @CollectionTable(name = "verification_measure", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<Measure> measures = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = LISTED)
  @CollectionTable(name = "verification_carrier", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "carrier")
  @Enumerated(EnumType.STRING)
  private Set<Carrier> carriers = EnumSet.noneOf(Carrier.class);

  @ElementCollection
  @BatchSize(size = LISTED)
  @CollectionTable(name = "verification_variable", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  @Column(name = "name")
  private List<String> variables = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = LISTED)
  @CollectionTable(name = "verification_reading", joinColumns = @JoinColumn(name = "case_id"))
  private List<StoredReading> readings = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = LISTED)
  @CollectionTable(
      name = "verification_variable_value",
      joinColumns = @JoinColumn(name = "case_id"))
  private List<StoredValue> values = new ArrayList<>();

  protected VerificationCase() {}

  VerificationCase(NewCase input, ApplicationFacts facts, List<Measure> measures, String actor) {
    this.applicationRef = facts.reference();
    this.factoryBr = facts.factoryBr();
    this.factorySector = facts.factorySector();
    this.providerCode = facts.providerCode();
    this.scheme = facts.scheme();
    // a verification application names no technology: its measures do
    this.technology =
        facts.technology() != null || measures.isEmpty()
            ? facts.technology()
            : measures.get(0).technology();
    this.projectCostHkd = facts.projectCostHkd();
    this.option = input.option();
    this.boundary = input.boundary().strip();
    this.region = input.region() == null ? Region.GUANGDONG : input.region();
    this.baselineFrom = input.baseline().from();
    this.baselineTo = input.baseline().to();
    this.reportingFrom = input.reporting().from();
    this.reportingTo = input.reporting().to();
    this.variables.addAll(input.variables());
    this.carriers.addAll(input.carriers());
    this.measures.addAll(measures);
    this.status = CaseStatus.OPEN;
    this.createdBy = actor;
    this.createdAt = Instant.now();
  }

  /** Replaces every reading and variable value; the carriers measured are those read. */
  void replaceInputs(Set<Carrier> carriersRead, List<Reading> newReadings, List<VariableValue> vs) {
    requireEditable();
    carriers.clear();
    carriers.addAll(carriersRead);
    readings.clear();
    newReadings.forEach(
        r ->
            readings.add(
                new StoredReading(r.period(), r.carrier(), r.quantity(), r.vocContentPct())));
    values.clear();
    vs.forEach(v -> values.add(new StoredValue(v.period(), v.variable(), v.value())));
  }

  /** The provider or factory says the readings are complete: QA may review them. */
  void submit() {
    requireEditable();
    if (readings.isEmpty()) {
      throw new StateConflict("verification.state.no-readings");
    }
    status = CaseStatus.SUBMITTED;
  }

  void sign(String qaUser, LocalDate on) {
    requireReviewable();
    if (readings.isEmpty()) {
      throw new StateConflict("verification.state.no-readings");
    }
    status = CaseStatus.SIGNED;
    signedBy = qaUser;
    signedOn = on;
    qaComments = null;
  }

  void returnWithComments(String comments) {
    requireReviewable();
    status = CaseStatus.RETURNED;
    qaComments = comments.strip();
  }

  void requireEditable() {
    if (!status.editable()) {
      throw new StateConflict("verification.state.not-editable", status.name());
    }
  }

  void requireSigned() {
    if (status != CaseStatus.SIGNED) {
      throw new StateConflict("verification.state.not-signed", status.name());
    }
  }

  private void requireReviewable() {
    if (!status.reviewable()) {
      throw new StateConflict("verification.state.not-reviewable", status.name());
    }
  }

  Long id() {
    return id;
  }

  String factoryBr() {
    return factoryBr;
  }

  String providerCode() {
    return providerCode;
  }

  /** The factory's sector when the case was opened (none on cases opened before it was kept). */
  String factorySector() {
    return factorySector;
  }

  /** The application's scheme, e.g. {@code DEMONSTRATION_PROJECT}. */
  String scheme() {
    return scheme;
  }

  /** The reporting period's last day: no result is signed before it. */
  LocalDate reportingTo() {
    return reportingTo;
  }

  CaseStatus status() {
    return status;
  }

  boolean hasReadings() {
    return !readings.isEmpty();
  }

  LocalDate signedOn() {
    return signedOn;
  }

  String signedBy() {
    return signedBy;
  }

  String applicationRef() {
    return applicationRef;
  }

  TechnologyCategory technology() {
    return technology;
  }

  /** The named technology of the case's own category, as its first measure of it records one. */
  String technologyCode() {
    return measures.stream()
        .filter(m -> m.technology() == technology && m.technologyCode() != null)
        .map(Measure::technologyCode)
        .findFirst()
        .orElse(null);
  }

  CaseInputs inputs() {
    return new CaseInputs(
        region,
        new Period(baselineFrom, baselineTo),
        new Period(reportingFrom, reportingTo),
        List.copyOf(variables),
        Set.copyOf(carriers),
        readings.stream().map(StoredReading::reading).toList(),
        values.stream().map(StoredValue::variableValue).toList(),
        projectCostHkd);
  }

  CaseView view() {
    return new CaseView(
        id,
        applicationRef,
        factoryBr,
        providerCode,
        scheme,
        technology,
        projectCostHkd,
        option,
        boundary,
        region,
        new Period(baselineFrom, baselineTo),
        new Period(reportingFrom, reportingTo),
        List.copyOf(variables),
        carriers.isEmpty() ? Set.of() : EnumSet.copyOf(carriers),
        measures.stream()
            .map(m -> new CaseView.MeasureView(m.technology(), m.description(), m.technologyCode()))
            .toList(),
        status,
        qaComments,
        signedBy,
        signedOn,
        (int) readings.stream().map(StoredReading::period).distinct().count(),
        version);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("application", applicationRef);
    values.put("option", option.name());
    values.put("boundary", boundary);
    values.put("region", region.name());
    values.put("baseline", baselineFrom + ".." + baselineTo);
    values.put("reporting", reportingFrom + ".." + reportingTo);
    values.put("variables", String.join(",", variables));
    values.put("status", status.name());
    return values;
  }
}
