package org.cppp.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One carrier's measured quantity in a period; for solvent, its VOC content by weight in percent.
 */
@Embeddable
class StoredReading {

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  @Enumerated(EnumType.STRING)
  private Carrier carrier;

  private BigDecimal quantity;

  @Column(name = "voc_content_pct")
  private BigDecimal vocContentPct;

  protected StoredReading() {}

  StoredReading(Period period, Carrier carrier, BigDecimal quantity, BigDecimal vocContentPct) {
    this.periodFrom = period.from();
    this.periodTo = period.to();
    this.carrier = carrier;
    this.quantity = quantity;
    this.vocContentPct = vocContentPct;
  }

  Period period() {
    return new Period(periodFrom, periodTo);
  }

  Reading reading() {
    return new Reading(new Period(periodFrom, periodTo), carrier, quantity, vocContentPct);
  }

  Carrier carrier() {
    return carrier;
  }

  BigDecimal quantity() {
    return quantity;
  }

  BigDecimal vocContentPct() {
    return vocContentPct;
  }
}
