package org.cppp.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cppp.shared.TechnologyCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frozen results, append-only. The annual figures are columns, so the outcomes add up in the
 * database; "as at" a date means each case's latest snapshot computed on or before it.
 */
@Component
class ResultSnapshots {

  static final String LATEST = latest("");

  /**
   * Each application's latest snapshot computed on or before {@code :asAt}, of those signed in
   * [{@code :from}, {@code :to}] that also meet {@code condition} ({@code " and ..."}, SQL).
   */
  static String latest(String condition) {
    return "select distinct on (application_ref) * from verification_result"
        + " where computed_on <= :asAt and signed_on between :from and :to"
        + condition
        + " order by application_ref, computed_at desc, id desc";
  }

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  ResultSnapshots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Freezes a result with its inputs; answers the snapshot's id. */
  long save(
      VerificationCase c,
      CaseInputs inputs,
      VerificationResult result,
      String reason,
      String actor,
      String note,
      LocalDate today) {
    Long[] factorIds =
        result.emissions().stream()
            .flatMap(e -> e.factors().stream())
            .map(FactorUse::id)
            .filter(id -> id > 0)
            .distinct()
            .toArray(Long[]::new);
    Long[] tariffIds = result.tariffs().stream().map(TariffUse::id).toArray(Long[]::new);
    return jdbc.sql(
            "insert into verification_result (case_id, application_ref, computed_on, reason, actor,"
                + " note, signed_on, technology, technology_code, sector, scheme, electricity_mwh, co2_t,"
                + " nox_t, so2_t, voc_t, pm_t, wastewater_m3, cost_saving_hkd, project_cost_hkd,"
                + " factor_ids, tariff_ids, result, inputs) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb)) returning id")
        .params(
            c.id(),
            c.applicationRef(),
            today,
            reason,
            actor,
            note,
            c.signedOn(),
            c.technology() == null ? null : c.technology().name(),
            c.technologyCode(),
            c.factorySector(),
            c.scheme(),
            figure(result.avoidedPerYear(Carrier.ELECTRICITY_KWH) / 1000.0),
            figure(result.tonnesPerYear(Pollutant.CO2)),
            figure(result.tonnesPerYear(Pollutant.NOX)),
            figure(result.tonnesPerYear(Pollutant.SO2)),
            figure(result.tonnesPerYear(Pollutant.VOC)),
            figure(result.tonnesPerYear(Pollutant.PM)),
            figure(result.avoidedPerYear(Carrier.WASTEWATER_M3)),
            result.costSavingHkdPerYear(),
            result.projectCostHkd(),
            factorIds,
            tariffIds,
            json.writeValueAsString(result),
            json.writeValueAsString(inputs))
        .query(Long.class)
        .single();
  }

  /** A case's latest snapshot computed on or before a date. */
  Optional<SnapshotView> asAt(long caseId, LocalDate asAt) {
    return jdbc.sql(
            "select * from verification_result where case_id = ? and computed_on <= ?"
                + " order by computed_at desc, id desc limit 1")
        .params(caseId, asAt)
        .query(this::snapshot)
        .optional();
  }

  /** Every snapshot of a case, newest first. */
  List<SnapshotView> of(long caseId) {
    return jdbc.sql(
            "select * from verification_result where case_id = ? order by computed_at desc, id desc"
                + " limit 200")
        .param(caseId)
        .query(this::snapshot)
        .list();
  }

  /** The frozen inputs of a snapshot, for a re-computation. */
  CaseInputs inputsOf(long snapshotId) {
    String inputs =
        jdbc.sql("select inputs::text from verification_result where id = ?")
            .param(snapshotId)
            .query(String.class)
            .single();
    return json.readValue(inputs, CaseInputs.class);
  }

  /** Cases signed in [from, to], each by its latest snapshot as at a date, added up. */
  OutcomeFigures figures(LocalDate from, LocalDate to, LocalDate asAt) {
    Map<TechnologyCategory, OutcomeTotals> byTechnology = new EnumMap<>(TechnologyCategory.class);
    List<Row> rows =
        jdbc.sql(
                "select technology, count(*) projects, sum(electricity_mwh) mwh, sum(co2_t) co2,"
                    + " sum(nox_t) nox, sum(so2_t) so2, sum(voc_t) voc, sum(pm_t) pm,"
                    + " sum(wastewater_m3) ww, sum(cost_saving_hkd) cost from ("
                    + LATEST
                    + ") latest group by technology")
            .param("asAt", asAt)
            .param("from", from)
            .param("to", to)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getString("technology"),
                        new OutcomeTotals(
                            rs.getLong("projects"),
                            rs.getDouble("mwh"),
                            rs.getDouble("co2"),
                            rs.getDouble("nox"),
                            rs.getDouble("so2"),
                            rs.getDouble("voc"),
                            rs.getDouble("pm"),
                            rs.getDouble("ww"),
                            rs.getBigDecimal("cost").setScale(2, RoundingMode.HALF_UP))))
            .list();
    OutcomeTotals total = OutcomeTotals.none();
    for (Row row : rows) {
      total = plus(total, row.totals());
      if (row.technology() != null) {
        byTechnology.put(TechnologyCategory.valueOf(row.technology()), row.totals());
      }
    }
    return new OutcomeFigures(total, byTechnology);
  }

  private static OutcomeTotals plus(OutcomeTotals a, OutcomeTotals b) {
    return new OutcomeTotals(
        a.projects() + b.projects(),
        a.electricityMwh() + b.electricityMwh(),
        a.co2Tonnes() + b.co2Tonnes(),
        a.noxTonnes() + b.noxTonnes(),
        a.so2Tonnes() + b.so2Tonnes(),
        a.vocTonnes() + b.vocTonnes(),
        a.pmTonnes() + b.pmTonnes(),
        a.wastewaterM3() + b.wastewaterM3(),
        a.costSavingHkd().add(b.costSavingHkd()));
  }

  private static BigDecimal figure(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
  }

  private SnapshotView snapshot(ResultSet rs, int row) throws SQLException {
    return new SnapshotView(
        rs.getLong("id"),
        rs.getTimestamp("computed_at").toInstant(),
        rs.getObject("computed_on", LocalDate.class),
        rs.getString("reason"),
        rs.getString("actor"),
        rs.getString("note"),
        rs.getObject("signed_on", LocalDate.class),
        json.readValue(rs.getString("result"), VerificationResult.class));
  }

  private record Row(String technology, OutcomeTotals totals) {}
}
