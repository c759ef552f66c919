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

  /**
   * The named technology (of the verification vocabulary) a title's measure records; a title not
   * listed records none.
   */
  static final Map<String, String> TECHNOLOGY_CODES =
      Map.ofEntries(
          Map.entry("Waste heat recovery from air compressors", "HEAT_RECOVERY"),
          Map.entry("Servo motors for injection moulding machines", "SERVO_MOTORS"),
          Map.entry("Variable speed drives for pumps and fans", "VSD_MOTORS_PUMPS"),
          Map.entry("Energy management system for the plant", "ENERGY_MANAGEMENT"),
          Map.entry("Advanced insulation coating for dyeing machines", "INSULATION"),
          Map.entry("Electromagnetic induction heating of barrels", "INDUCTION_HEATING"),
          Map.entry("Solvent recovery system", "SOLVENT_RECOVERY"),
          Map.entry("Low-VOC water-based inks", "LOW_VOC_COATINGS"),
          Map.entry("Enclosed spray booth with activated carbon", "ACTIVATED_CARBON"),
          Map.entry("High volume low pressure spray guns", "HVLP_SPRAYING"),
          Map.entry("Catalytic combustion of VOC exhaust", "CATALYTIC_OXIDATION"),
          Map.entry("Flue gas desulphurisation for coal-fired boiler", "FLUE_GAS_DESULPHURISATION"),
          Map.entry("Boiler burner retrofit for cleaner combustion", "BURNER_RETROFIT"),
          Map.entry("Biogas to replace heavy oil", "FUEL_SWITCH"),
          Map.entry("Solar water heating for process water", "SOLAR_WATER_HEATING"),
          Map.entry("Metal recovery from electroplating effluent", "METAL_RECOVERY"),
          Map.entry("Reverse osmosis recycling of rinse water", "RINSE_WATER_RO"),
          Map.entry("Biological treatment of dyeing effluent", "BIOLOGICAL_TREATMENT"),
          Map.entry("Advanced oxidation of printing wastewater", "ADVANCED_OXIDATION"),
          Map.entry("Verification of energy savings from servo motors", "SERVO_MOTORS"),
          Map.entry("Verification of heat pump water heating", "HEAT_PUMP"),
          Map.entry("Verification of LED lighting retrofit", "LED_LIGHTING"),
          Map.entry("Verification of rinse water recycling", "RINSE_WATER_RO"),
          Map.entry("Verification of boiler economiser", "BOILER_ECONOMISER"),
          Map.entry("Verification of VOC treatment efficiency", "ACTIVATED_CARBON"),
          Map.entry("Verification of compressed air leak repairs", "COMPRESSED_AIR"),
          Map.entry("Verification of variable speed drives", "VSD_MOTORS_PUMPS"));
}
