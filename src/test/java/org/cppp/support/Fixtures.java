package org.cppp.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.platform.SystemActor;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderDetails;
import org.cppp.provider.ProviderFixtures;
import org.cppp.provider.Providers;
import org.cppp.provider.Specialism;
import org.springframework.boot.test.context.TestComponent;

/** Registers factories and providers with unique keys through their facades, as the system. */
@TestComponent
public class Fixtures {

  private final Factories factories;
  private final Providers providers;

  Fixtures(Factories factories, Providers providers) {
    this.factories = factories;
    this.providers = providers;
  }

  /** A new eligible factory (HK-owned, in Dongguan, metal products); its BR number. */
  public String eligibleFactory() {
    return factory(true, "DONGGUAN", Sector.METAL_AND_METAL_PRODUCTS);
  }

  public String factory(boolean hkOwned, String city, Sector sector) {
    return factory(null, "測試工廠", hkOwned, city, sector, "1 Test Road, " + city);
  }

  /**
   * A new factory with these names and address ({@code nameEn == null}: "Test Factory" and its BR
   * number); its BR number.
   */
  public String factory(
      String nameEn, String nameZh, boolean hkOwned, String city, Sector sector, String address) {
    String br = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    SystemActor.run(
        () ->
            factories.register(
                new FactoryDetails(
                    br,
                    nameEn == null ? "Test Factory " + br : nameEn,
                    nameZh,
                    hkOwned,
                    city,
                    sector,
                    LocalDate.of(2009, 1, 1),
                    address,
                    "Ms Test",
                    "+852 2000 0000",
                    "factory-" + br + "@example.com",
                    null)));
    return br;
  }

  /** A new Hong Kong-based provider on the register since 2008; its code. */
  public String registeredProvider() {
    String code = "T" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    SystemActor.run(
        () ->
            providers.register(
                new ProviderDetails(
                    code,
                    "Test Provider " + code,
                    "測試供應商",
                    ProviderBase.HONG_KONG,
                    Set.of(Specialism.ENERGY_SAVING),
                    "Mr Provider",
                    "+852 3000 0000",
                    "provider-" + code.toLowerCase() + "@example.com",
                    LocalDate.of(2008, 4, 1),
                    null,
                    null)));
    return code;
  }

  /**
   * A new Guangdong-based provider still on the register whose GDEIC registration lapsed yesterday
   * (the nightly check has flagged it); its code.
   */
  public String lapsedGuangdongProvider() {
    String code = ProviderFixtures.uniqueCode();
    SystemActor.run(
        () ->
            providers.register(
                ProviderFixtures.prd(
                    code, LocalDate.of(2010, 1, 1), LocalDate.now().minusDays(1))));
    return code;
  }
}
