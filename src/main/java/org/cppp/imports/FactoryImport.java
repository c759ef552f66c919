package org.cppp.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.factory.BrNumbers;
import org.cppp.factory.CityView;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.springframework.stereotype.Component;

/** {@code factories}: the factory register, keyed by BR number. */
@Component
class FactoryImport implements DatasetImport {

  static final String NOT_RECORDED = "(not recorded in the legacy data)";

  /**
   * The address of an imported factory (the legacy data has none): kept too short for the
   * register's duplicate check to compare, so imported factories are not all paired as alike.
   */
  static final String UNRECORDED_ADDRESS = "N/A";

  private final Factories factories;

  FactoryImport(Factories factories) {
    this.factories = factories;
  }

  @Override
  public String name() {
    return "factories";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "br_number", "name_en", "name_zh", "hk_owned", "city", "sector", "registered_on");
  }

  @Override
  public Set<String> required() {
    return Set.of("br_number", "name_en", "hk_owned", "city", "sector");
  }

  @Override
  public String keyColumn() {
    return "br_number";
  }

  @Override
  public Session open() {
    Set<String> cities =
        factories.cities().stream().map(CityView::code).collect(Collectors.toSet());
    return new Session() {
      @Override
      public String check(CsvRow row) {
        return details(row, cities) == null ? null : row.raw("br_number");
      }

      @Override
      public int write(List<CsvRow> rows) {
        int created = 0;
        for (CsvRow row : rows) {
          FactoryDetails details = details(row, cities);
          if (!factories.exists(details.brNumber())) {
            factories.register(details);
            created++;
          }
        }
        return created;
      }
    };
  }

  private static FactoryDetails details(CsvRow row, Set<String> cities) {
    String br = row.text("br_number", true, 8);
    if (br != null && !BrNumbers.valid(br)) {
      row.reject("br_number", "br-number", br);
    }
    String nameEn = row.text("name_en", true, 200);
    String nameZh = row.text("name_zh", false, 200);
    Boolean hkOwned = row.bool("hk_owned", true);
    String city = row.code("city", cities, true);
    Sector sector = row.code("sector", Sector.class, true);
    LocalDate registeredOn = row.date("registered_on", false);
    if (!row.valid()) {
      return null;
    }
    return new FactoryDetails(
        br,
        nameEn,
        nameZh,
        hkOwned,
        city,
        sector,
        registeredOn,
        NOT_RECORDED,
        null,
        null,
        null,
        null);
  }
}
