package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CityCatalogueTests {

  @Autowired Factories factories;

  @Test
  void theRegisterKnowsAllTwentyOneGuangdongCitiesAndHongKongInThreeLanguages() {
    var cities = factories.cities();
    assertThat(cities).filteredOn(c -> c.province().equals("Guangdong")).hasSize(21);
    assertThat(cities).filteredOn(c -> c.province().equals("Hong Kong")).hasSize(1);
    assertThat(cities).extracting(CityView::province).containsOnly("Guangdong", "Hong Kong");
    CityView jieyang =
        cities.stream().filter(c -> c.code().equals("JIEYANG")).findFirst().orElseThrow();
    assertThat(jieyang.name(Locale.forLanguageTag("zh-HK"))).isEqualTo("揭陽");
    assertThat(jieyang.name(Locale.forLanguageTag("zh-CN"))).isEqualTo("揭阳");
    assertThat(cities).extracting(CityView::code).contains("DONGGUAN", "SHENZHEN", "HONG_KONG");
  }
}
