package org.cppp.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * VOC avoided from solvent: the adjusted baseline solvent at the baseline's VOC content (weighted
 * by quantity) minus the reporting solvent at each period's measured content, per year. With the
 * same content throughout this is solvent avoided x VOC content; a low-VOC substitute saves VOC
 * even when as much solvent is used.
 */
final class SolventVoc {

  static final String SOURCE = "measured VOC content of the solvent (weighted baseline mean)";

  private SolventVoc() {}

  static void add(
      CaseInputs in,
      CarrierResult solvent,
      Map<Pollutant, List<FactorUse>> used,
      Map<Pollutant, Double> kg) {
    double baselineQuantity = 0;
    double baselineVoc = 0;
    double reportingVoc = 0;
    for (Reading r : in.readings()) {
      if (r.carrier() != Carrier.SOLVENT_KG || r.vocContentPct() == null) {
        continue;
      }
      double voc = r.quantity().doubleValue() * r.vocContentPct().doubleValue() / 100.0;
      if (in.baseline().contains(r.period())) {
        baselineQuantity += r.quantity().doubleValue();
        baselineVoc += voc;
      } else if (in.reporting().contains(r.period())) {
        reportingVoc += voc;
      }
    }
    double content = baselineQuantity == 0 ? 0 : baselineVoc / baselineQuantity;
    double avoided = solvent.adjustedBaseline() * content - reportingVoc;
    double perYear = avoided * 365.0 / in.reporting().days();
    used.computeIfAbsent(Pollutant.VOC, p -> new ArrayList<>())
        .add(new FactorUse(0, Carrier.SOLVENT_KG, Region.FUEL, null, content, "kg/kg", SOURCE));
    kg.merge(Pollutant.VOC, perYear, Double::sum);
  }
}
