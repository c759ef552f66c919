package org.cppp.verification.web;

import java.math.BigDecimal;
import org.cppp.platform.FieldLabels;
import org.cppp.verification.NewTariff;

/** The page form of a new tariff version. */
@FieldLabels("verification.tariff.field")
public class TariffForm extends RateForm {

  private BigDecimal priceHkd;

  NewTariff toCommand() {
    return new NewTariff(getCarrier(), getRegion(), getValidFrom(), priceHkd, getSource());
  }

  public BigDecimal getPriceHkd() {
    return priceHkd;
  }

  public void setPriceHkd(BigDecimal priceHkd) {
    this.priceHkd = priceHkd;
  }
}
