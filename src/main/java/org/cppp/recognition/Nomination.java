package org.cppp.recognition;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.shared.RuleViolation;

/** A nomination in a cycle: the nominee, contact, evidence, and the officers' assessment. */
@Entity
@Table(name = "recognition_nomination")
class Nomination {

  /** How a nomination came in. */
  enum Source {
    OFFICER,
    PUBLIC,
    BULK
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id")
  private Long cycleId;

  @Column(name = "nominee_name_en")
  private String nameEn;

  @Column(name = "nominee_name_zh")
  private String nameZh;

  @Column(name = "category_code")
  private String category;

  @Column(name = "factory_br")
  private String factoryBr;

  @Column(name = "provider_code")
  private String providerCode;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Enumerated(EnumType.STRING)
  private Source source;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "grade_code")
  private String grade;

  private Integer score;

  private String comments;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "assessed_by")
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "recognition_evidence", joinColumns = @JoinColumn(name = "nomination_id"))
  @OrderColumn(name = "position")
  private List<Evidence> evidence = new ArrayList<>();

  protected Nomination() {}

  Nomination(RecognitionCycle cycle, NewNomination n, Source source, String submittedBy) {
    cycle.checkAcceptsNominations();
    cycle.checkCategory(n.category());
    this.cycleId = cycle.id();
    this.nameEn = n.nomineeNameEn().trim();
    this.nameZh = blankToNull(n.nomineeNameZh());
    this.category = n.category();
    this.factoryBr = blankToNull(n.factoryBr());
    this.providerCode = blankToNull(n.providerCode());
    this.contactName = blankToNull(n.contactName());
    this.contactEmail = blankToNull(n.contactEmail());
    this.contactPhone = blankToNull(n.contactPhone());
    this.source = source;
    this.outcome = Outcome.PENDING;
    this.submittedBy = submittedBy;
    this.submittedAt = Instant.now();
    if (n.evidence() != null) {
      n.evidence().forEach(item -> evidence.add(new Evidence(item)));
    }
  }

  /** Records the officers' assessment; only while the cycle is under assessment. */
  void assess(RecognitionCycle cycle, Assessment a, String officer) {
    if (cycle.status() != CycleStatus.ASSESSMENT) {
      throw new RuleViolation("status", "recognition.assess.not-in-assessment", cycle.year());
    }
    recordOutcome(cycle, a.outcome(), blankToNull(a.grade()), officer);
    this.score = a.score();
    this.comments = blankToNull(a.comments());
  }

  /** A historical recognition entered in bulk: recognised with this grade, no score. */
  void recogniseAsEntered(RecognitionCycle cycle, String gradeCode, String officer) {
    recordOutcome(cycle, Outcome.RECOGNISED, gradeCode, officer);
  }

  private void recordOutcome(RecognitionCycle cycle, Outcome result, String gradeCode, String by) {
    if (result == Outcome.PENDING) {
      throw new RuleViolation("outcome", "recognition.assess.outcome-required");
    }
    if (result == Outcome.RECOGNISED) {
      cycle.checkGrade(gradeCode);
    } else if (gradeCode != null) {
      throw new RuleViolation("grade", "recognition.assess.grade-unexpected");
    }
    this.outcome = result;
    this.grade = result == Outcome.RECOGNISED ? gradeCode : null;
    this.assessedBy = by;
    this.assessedAt = Instant.now();
  }

  Long id() {
    return id;
  }

  Long cycleId() {
    return cycleId;
  }

  String category() {
    return category;
  }

  String grade() {
    return grade;
  }

  boolean recognised() {
    return outcome == Outcome.RECOGNISED;
  }

  String nameEn() {
    return nameEn;
  }

  String nameZh() {
    return nameZh;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("nomineeNameEn", nameEn);
    values.put("nomineeNameZh", nameZh);
    values.put("category", category);
    values.put("factoryBr", factoryBr);
    values.put("providerCode", providerCode);
    values.put("source", source);
    values.put("evidenceItems", evidence.size());
    values.put("outcome", outcome);
    values.put("grade", grade);
    values.put("score", score);
    values.put("comments", comments);
    return values;
  }

  NominationView view(int year) {
    return new NominationView(
        id,
        year,
        nameEn,
        nameZh,
        category,
        factoryBr,
        providerCode,
        contactName,
        contactEmail,
        contactPhone,
        evidence.stream().map(Evidence::item).toList(),
        source.name(),
        outcome,
        grade,
        score,
        comments,
        submittedBy,
        submittedAt,
        assessedBy,
        assessedAt);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
