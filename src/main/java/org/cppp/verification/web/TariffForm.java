package org.cppp.verification.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.platform.FieldLabels;
import org.cppp.verification.Carrier;
import org.cppp.verification.NewTariff;
import org.cppp.verification.Region;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The page form of a new tariff version. */
@FieldLabels("verification.tariff.field")
public class TariffForm {

  private Carrier carrier;
  private Region region;

  @DateTimeFormat(iso = ISO.DATE)
  private LocalDate validFrom;

  private BigDecimal priceHkd;
  private String source;

  NewTariff toCommand() {
    return new NewTariff(carrier, region, validFrom, priceHkd, source);
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

  public BigDecimal getPriceHkd() {
    return priceHkd;
  }

  public void setPriceHkd(BigDecimal priceHkd) {
    this.priceHkd = priceHkd;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
