package org.cppp.factory;

/**
 * Why a factory is not eligible.
 *
 * @param kind which criterion it fails
 * @param value the city or sector code concerned, the date for {@link Kind#NO_RULE_SET}, the
 *     survivor's BR number for {@link Kind#MERGED}
 */
public record IneligibilityReason(Kind kind, String value) {

  /** The eligibility criteria. */
  public enum Kind {
    NOT_HK_OWNED,
    CITY_NOT_ELIGIBLE,
    SECTOR_NOT_TARGET,
    NO_RULE_SET,
    /** Merged into another factory (a duplicate): new work goes to that one. */
    MERGED
  }

  /** The message key explaining this reason; its argument is the city, sector or date. */
  public String messageKey() {
    return "factory.reason." + kind.name();
  }
}
