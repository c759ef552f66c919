package org.cppp.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderDetails;
import org.cppp.provider.ProviderQuery;
import org.cppp.provider.Providers;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** {@code providers}: the ET service provider register, keyed by code. */
@Component
class ProviderImport implements DatasetImport {

  private final Providers providers;

  ProviderImport(Providers providers) {
    this.providers = providers;
  }

  @Override
  public String name() {
    return "providers";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "code",
        "name",
        "base",
        "gdeic_registration_no",
        "gdeic_valid_until",
        "joined_on",
        "removed_on",
        "removal_reason");
  }

  @Override
  public Set<String> required() {
    return Set.of("code", "name", "base", "joined_on");
  }

  @Override
  public String keyColumn() {
    return "code";
  }

  /** Whether a provider with this code is on the register (removed or not). */
  static boolean exists(Providers providers, String code) {
    return providers
        .search(new ProviderQuery(null, null, null, code), PageRequest.of(0, 50))
        .stream()
        .anyMatch(p -> p.code().equalsIgnoreCase(code));
  }

  @Override
  public Session open() {
    return new Session() {
      @Override
      public String check(CsvRow row) {
        Provider p = provider(row);
        return p == null ? null : p.details().code();
      }

      @Override
      public int write(List<CsvRow> rows) {
        int created = 0;
        for (CsvRow row : rows) {
          Provider p = provider(row);
          if (exists(providers, p.details().code())) {
            continue;
          }
          providers.register(p.details());
          if (p.removedOn() != null) {
            providers.remove(p.details().code(), p.removedOn(), p.reason());
          }
          created++;
        }
        return created;
      }
    };
  }

  private record Provider(ProviderDetails details, LocalDate removedOn, String reason) {}

  private static Provider provider(CsvRow row) {
    String code = row.text("code", true, 20);
    if (code != null && !code.matches("[A-Za-z0-9-]{2,20}")) {
      row.reject("code", "provider-code", code);
    }
    String name = row.text("name", true, 200);
    ProviderBase base = row.code("base", ProviderBase.class, true);
    String gdeicNo = row.text("gdeic_registration_no", false, 60);
    LocalDate gdeicUntil = row.date("gdeic_valid_until", false);
    LocalDate joinedOn = row.date("joined_on", true);
    LocalDate removedOn = row.date("removed_on", false);
    String reason = row.text("removal_reason", false, 500);
    if (base == ProviderBase.PRD && gdeicNo == null) {
      row.reject("gdeic_registration_no", "gdeic-required");
    }
    if (base == ProviderBase.PRD && gdeicUntil == null && row.raw("gdeic_valid_until") == null) {
      row.reject("gdeic_valid_until", "gdeic-required");
    }
    if (removedOn != null && reason == null) {
      row.reject("removal_reason", "required");
    }
    if (removedOn != null && joinedOn != null && removedOn.isBefore(joinedOn)) {
      row.reject("removed_on", "before", "joined_on");
    }
    if (!row.valid()) {
      return null;
    }
    ProviderDetails details =
        new ProviderDetails(
            code.toUpperCase(Locale.ROOT),
            name,
            null,
            base,
            Set.of(),
            FactoryImport.NOT_RECORDED,
            "00000000",
            "not-recorded@cppp.invalid",
            joinedOn,
            gdeicNo,
            gdeicUntil);
    return new Provider(details, removedOn, reason);
  }
}
