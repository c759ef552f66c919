package org.cppp.verification.web;

import java.time.LocalDate;
import org.cppp.verification.Carrier;
import org.cppp.verification.Region;

/** What every rate version's page form holds: the carrier, region, first day and its source. */
public abstract class RateForm {

  private Carrier carrier;
  private Region region;
  private LocalDate validFrom;
  private String source;

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

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
