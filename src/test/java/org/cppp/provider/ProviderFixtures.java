package org.cppp.provider;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Register data for tests: unique codes, sensible defaults. */
public final class ProviderFixtures {

  private ProviderFixtures() {}

  public static String uniqueCode() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
  }

  public static ProviderDetails hongKong(String code, LocalDate joinedOn) {
    return details(code, ProviderBase.HONG_KONG, joinedOn, null, null);
  }

  public static ProviderDetails prd(String code, LocalDate joinedOn, LocalDate gdeicValidUntil) {
    return details(code, ProviderBase.PRD, joinedOn, "GD-CP-" + code, gdeicValidUntil);
  }

  public static ProviderDetails details(
      String code,
      ProviderBase base,
      LocalDate joinedOn,
      String gdeicNo,
      LocalDate gdeicValidUntil) {
    return new ProviderDetails(
        code,
        "Green Tech " + code,
        "綠色科技 " + code,
        base,
        Set.of(Specialism.ENERGY_SAVING, Specialism.VOC_REDUCTION),
        "Chan Tai Man",
        "+852 2123 4567",
        "contact-" + code.toLowerCase() + "@example.com",
        joinedOn,
        gdeicNo,
        gdeicValidUntil);
  }
}
