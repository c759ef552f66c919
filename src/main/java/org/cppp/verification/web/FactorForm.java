package org.cppp.verification.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.platform.FieldLabels;
import org.cppp.verification.Carrier;
import org.cppp.verification.NewFactor;
import org.cppp.verification.Pollutant;
import org.cppp.verification.Region;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The page form of a new emission factor version. */
@FieldLabels("verification.factor.field")
public class FactorForm {

  private Pollutant pollutant;
  private Carrier carrier;
  private Region region;

  @DateTimeFormat(iso = ISO.DATE)
  private LocalDate validFrom;

  private BigDecimal value;
  private String unit;
  private String source;

  NewFactor toCommand() {
    return new NewFactor(pollutant, carrier, region, validFrom, value, unit, source);
  }

  public Pollutant getPollutant() {
    return pollutant;
  }

  public void setPollutant(Pollutant pollutant) {
    this.pollutant = pollutant;
  }

  public Carrier getCarrier() {
    return carrier;
  }

  public void setCarrier(Carrier carrier) {
    this.carrier = carrier;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
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

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
