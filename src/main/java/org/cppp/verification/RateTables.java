package org.cppp.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The emission factor and tariff tables. Rows are never changed: the version in force on a date is
 * the one with the latest {@code valid_from} on or before it, and of those the last recorded (a
 * correction).
 */
@Component
class RateTables implements SavingsCalculator.Rates {

  private final JdbcClient jdbc;

  RateTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<FactorView> factor(
      Pollutant pollutant, Carrier carrier, Region region, LocalDate on) {
    return jdbc.sql(
            "select * from emission_factor where pollutant = ? and carrier = ? and region = ?"
                + " and valid_from <= ? order by valid_from desc, id desc limit 1")
        .params(pollutant.name(), carrier.name(), region.name(), on)
        .query(this::factor)
        .optional();
  }

  @Override
  public Optional<TariffView> tariff(Carrier carrier, Region region, LocalDate on) {
    return jdbc.sql(
            "select * from tariff where carrier = ? and region = ? and valid_from <= ?"
                + " order by valid_from desc, id desc limit 1")
        .params(carrier.name(), region.name(), on)
        .query(this::tariff)
        .optional();
  }

  List<FactorView> factors(int limit, long offset) {
    return jdbc.sql(
            "select * from emission_factor order by pollutant, carrier, region, valid_from desc,"
                + " id desc limit ? offset ?")
        .params(limit, offset)
        .query(this::factor)
        .list();
  }

  List<TariffView> tariffs(int limit, long offset) {
    return jdbc.sql(
            "select * from tariff order by carrier, region, valid_from desc, id desc"
                + " limit ? offset ?")
        .params(limit, offset)
        .query(this::tariff)
        .list();
  }

  long countFactors() {
    return jdbc.sql("select count(*) from emission_factor").query(Long.class).single();
  }

  long countTariffs() {
    return jdbc.sql("select count(*) from tariff").query(Long.class).single();
  }

  FactorView add(NewFactor f, String actor) {
    long id =
        jdbc.sql(
                "insert into emission_factor (pollutant, carrier, region, valid_from, value, unit,"
                    + " source, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
            .params(
                f.pollutant().name(),
                f.carrier().name(),
                f.region().name(),
                f.validFrom(),
                f.value(),
                f.unit().strip(),
                f.source().strip(),
                actor)
            .query(Long.class)
            .single();
    return jdbc.sql("select * from emission_factor where id = ?")
        .param(id)
        .query(this::factor)
        .single();
  }

  TariffView add(NewTariff t, String actor) {
    long id =
        jdbc.sql(
                "insert into tariff (carrier, region, valid_from, price_hkd, source, recorded_by)"
                    + " values (?, ?, ?, ?, ?, ?) returning id")
            .params(
                t.carrier().name(),
                t.region().name(),
                t.validFrom(),
                t.priceHkd(),
                t.source().strip(),
                actor)
            .query(Long.class)
            .single();
    return jdbc.sql("select * from tariff where id = ?").param(id).query(this::tariff).single();
  }

  private FactorView factor(ResultSet rs, int row) throws SQLException {
    return new FactorView(
        rs.getLong("id"),
        Pollutant.valueOf(rs.getString("pollutant")),
        Carrier.valueOf(rs.getString("carrier")),
        Region.valueOf(rs.getString("region")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getBigDecimal("value").doubleValue(),
        rs.getString("unit"),
        rs.getString("source"),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  private TariffView tariff(ResultSet rs, int row) throws SQLException {
    return new TariffView(
        rs.getLong("id"),
        Carrier.valueOf(rs.getString("carrier")),
        Region.valueOf(rs.getString("region")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getBigDecimal("price_hkd"),
        rs.getString("source"),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
