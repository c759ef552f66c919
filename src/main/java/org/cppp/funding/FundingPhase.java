package org.cppp.funding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A programme phase as stored: from when it applies and its rule per scheme. Never changed. */
@Entity
@Table(name = "funding_phase")
class FundingPhase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "name_zh_hk")
  private String nameZhHk;

  @Column(name = "name_zh_cn")
  private String nameZhCn;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "repeat_assessment_years")
  private int repeatAssessmentYears;

  @Column(name = "created_at")
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "funding_scheme_rule", joinColumns = @JoinColumn(name = "phase_id"))
  private List<Terms> terms = new ArrayList<>();

  protected FundingPhase() {}

  FundingPhase(String name, LocalDate effectiveFrom, int repeatAssessmentYears, List<Terms> terms) {
    this.name = name;
    this.effectiveFrom = effectiveFrom;
    this.repeatAssessmentYears = repeatAssessmentYears;
    this.createdAt = Instant.now();
    this.terms.addAll(terms);
  }

  /** Names the phase in Traditional and Simplified Chinese (blank: none). */
  FundingPhase translated(String zhHk, String zhCn) {
    this.nameZhHk = zhHk == null || zhHk.isBlank() ? null : zhHk.trim();
    this.nameZhCn = zhCn == null || zhCn.isBlank() ? null : zhCn.trim();
    return this;
  }

  LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  Phase view(LocalDate effectiveTo) {
    List<SchemeRule> rules =
        terms.stream()
            .sorted(Comparator.comparing(Terms::scheme))
            .map(t -> new SchemeRule(t.scheme, t.share, t.ceilingHkd, t.completionMonths))
            .toList();
    return new Phase(
        name, effectiveFrom, effectiveTo, repeatAssessmentYears, rules, nameZhHk, nameZhCn);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("nameZhHk", nameZhHk);
    values.put("nameZhCn", nameZhCn);
    values.put("effectiveFrom", effectiveFrom.toString());
    values.put("repeatAssessmentYears", repeatAssessmentYears);
    terms.stream()
        .sorted(Comparator.comparing(Terms::scheme))
        .forEach(
            t ->
                values.put(
                    t.scheme.name(),
                    "share "
                        + t.share
                        + ", ceiling "
                        + t.ceilingHkd
                        + ", "
                        + t.completionMonths
                        + " months"));
    return values;
  }

  /** One scheme's share, ceiling and time limit. */
  @Embeddable
  static class Terms {

    @Convert(converter = SchemeConverter.class)
    private Scheme scheme;

    private BigDecimal share;

    @Column(name = "ceiling_hkd")
    private BigDecimal ceilingHkd;

    @Column(name = "completion_months")
    private int completionMonths;

    protected Terms() {}

    Terms(Scheme scheme, BigDecimal share, BigDecimal ceilingHkd, int completionMonths) {
      this.scheme = scheme;
      this.share = share;
      this.ceilingHkd = ceilingHkd;
      this.completionMonths = completionMonths;
    }

    Scheme scheme() {
      return scheme;
    }
  }
}
