package org.cppp.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An independent variable's value in a period (e.g. tonnes produced, cooling degree days). */
@Embeddable
class StoredValue {

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  private String variable;

  private BigDecimal value;

  protected StoredValue() {}

  StoredValue(Period period, String variable, BigDecimal value) {
    this.periodFrom = period.from();
    this.periodTo = period.to();
    this.variable = variable;
    this.value = value;
  }

  Period period() {
    return new Period(periodFrom, periodTo);
  }

  VariableValue variableValue() {
    return new VariableValue(new Period(periodFrom, periodTo), variable, value);
  }

  String variable() {
    return variable;
  }

  BigDecimal value() {
    return value;
  }
}
