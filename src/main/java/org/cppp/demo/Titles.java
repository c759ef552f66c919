package org.cppp.demo;

import java.util.List;
import java.util.Map;
import org.cppp.shared.TechnologyCategory;

/** Plausible project titles, from the kinds of work paragraph 12 of the seed paper lists. */
final class Titles {

  private Titles() {}

  static final List<String> ASSESSMENTS =
      List.of(
          "Energy audit of production lines",
          "Assessment of boiler and steam system",
          "Assessment of compressed air system",
          "Wastewater treatment and reuse assessment",
          "VOC emissions assessment of spray painting",
          "Assessment of dyeing process water and energy use",
          "Lighting and air-conditioning energy assessment",
          "Assessment of electroplating rinse water",
          "Assessment of injection moulding machines' energy use",
          "Material efficiency assessment of printing process");

  static final Map<TechnologyCategory, List<String>> DEMONSTRATIONS =
      Map.of(
          TechnologyCategory.ENERGY_SAVING,
          List.of(
              "Waste heat recovery from air compressors",
              "Servo motors for injection moulding machines",
              "Variable speed drives for pumps and fans",
              "Energy management system for the plant",
              "Advanced insulation coating for dyeing machines",
              "Electromagnetic induction heating of barrels",
              "Infra-red heating for curing ovens"),
          TechnologyCategory.VOC_REDUCTION,
          List.of(
              "Solvent recovery system",
              "Low-VOC water-based inks",
              "Enclosed spray booth with activated carbon",
              "High volume low pressure spray guns",
              "Catalytic combustion of VOC exhaust"),
          TechnologyCategory.AIR_POLLUTANT_REDUCTION,
          List.of(
              "Flue gas desulphurisation for coal-fired boiler",
              "Boiler burner retrofit for cleaner combustion",
              "Biogas to replace heavy oil",
              "Solar water heating for process water"),
          TechnologyCategory.EFFLUENT_REDUCTION,
          List.of(
              "Metal recovery from electroplating effluent",
              "Reverse osmosis recycling of rinse water",
              "Biological treatment of dyeing effluent",
              "Advanced oxidation of printing wastewater"));

  static final List<String> VERIFICATIONS =
      List.of(
          "Verification of energy savings from servo motors",
          "Verification of heat pump water heating",
          "Verification of LED lighting retrofit",
          "Verification of rinse water recycling",
          "Verification of boiler economiser",
          "Verification of VOC treatment efficiency",
          "Verification of compressed air leak repairs",
          "Verification of variable speed drives");
}
