package org.cppp.funding.web;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cppp.funding.NewPhase;
import org.cppp.funding.Phase;
import org.cppp.funding.Scheme;
import org.cppp.funding.SchemeRule;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-phase form's fields, as typed; one row per scheme. */
public class PhaseForm {

  private String name;
  private String nameZhHk;
  private String nameZhCn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate effectiveFrom;

  private Integer repeatAssessmentYears;
  private List<Row> schemes = new ArrayList<>();

  /**
   * A form starting from the latest phase's rules, one row per scheme it funds (a phase funding
   * other schemes of the catalogue is added through the API).
   */
  static PhaseForm after(Phase latest) {
    PhaseForm form = new PhaseForm();
    form.repeatAssessmentYears = latest == null ? null : latest.repeatAssessmentYears();
    for (SchemeRule rule : latest == null ? List.<SchemeRule>of() : latest.rules()) {
      Row row = new Row();
      row.scheme = rule.scheme();
      row.share = rule.share();
      row.ceiling = rule.ceilingHkd();
      row.completionMonths = rule.completionMonths();
      form.schemes.add(row);
    }
    return form;
  }

  NewPhase toNewPhase() {
    return new NewPhase(
        name == null ? null : name.trim(),
        effectiveFrom,
        repeatAssessmentYears,
        schemes.stream()
            .map(r -> new NewPhase.Terms(r.scheme, r.share, r.ceiling, r.completionMonths))
            .toList(),
        nameZhHk,
        nameZhCn);
  }

  public String getNameZhHk() {
    return nameZhHk;
  }

  public void setNameZhHk(String nameZhHk) {
    this.nameZhHk = nameZhHk;
  }

  public String getNameZhCn() {
    return nameZhCn;
  }

  public void setNameZhCn(String nameZhCn) {
    this.nameZhCn = nameZhCn;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public Integer getRepeatAssessmentYears() {
    return repeatAssessmentYears;
  }

  public void setRepeatAssessmentYears(Integer repeatAssessmentYears) {
    this.repeatAssessmentYears = repeatAssessmentYears;
  }

  public List<Row> getSchemes() {
    return schemes;
  }

  public void setSchemes(List<Row> schemes) {
    this.schemes = schemes == null ? new ArrayList<>() : schemes;
  }

  /** One scheme's share, ceiling and time limit. */
  public static class Row {

    private Scheme scheme;

    @Digits(integer = 1, fraction = 4)
    private BigDecimal share;

    @Digits(integer = 12, fraction = 2)
    private BigDecimal ceiling;

    private Integer completionMonths;

    public Scheme getScheme() {
      return scheme;
    }

    public void setScheme(Scheme scheme) {
      this.scheme = scheme;
    }

    public BigDecimal getShare() {
      return share;
    }

    public void setShare(BigDecimal share) {
      this.share = share;
    }

    public BigDecimal getCeiling() {
      return ceiling;
    }

    public void setCeiling(BigDecimal ceiling) {
      this.ceiling = ceiling;
    }

    public Integer getCompletionMonths() {
      return completionMonths;
    }

    public void setCompletionMonths(Integer completionMonths) {
      this.completionMonths = completionMonths;
    }
  }
}
