package org.cppp.verification.web;

import java.math.BigDecimal;
import org.cppp.platform.FieldLabels;
import org.cppp.verification.NewFactor;
import org.cppp.verification.Pollutant;

/** The page form of a new emission factor version. */
@FieldLabels("verification.factor.field")
public class FactorForm extends RateForm {

  private Pollutant pollutant;
  private BigDecimal value;
  private String unit;

  NewFactor toCommand() {
    return new NewFactor(
        pollutant, getCarrier(), getRegion(), getValidFrom(), value, unit, getSource());
  }

  public Pollutant getPollutant() {
    return pollutant;
  }

  public void setPollutant(Pollutant pollutant) {
    this.pollutant = pollutant;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
