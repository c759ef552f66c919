package org.cppp.application;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.cppp.funding.Commitment;
import org.cppp.funding.Scheme;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A bulk load of historical applications inside the caller's transaction, for imports of a million
 * rows: each {@link #add}ed application is built by the same rules as {@link
 * HistoricalApplications#record} (its share, phase, timeline and cost items) and streamed with
 * {@code COPY} into a temporary staging table (dropped at the end of the transaction); {@link
 * #finish} then writes the new ones with one {@code INSERT ... SELECT} per table, commits the
 * approved ones' shares through the budget ledger (its checks, in chunks) and audits each one.
 * References already recorded are skipped; a reference repeated within the load is reported by
 * {@link #repeats}. Obtained from {@link HistoricalApplications#load}.
 */
public final class HistoricalLoad {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(HistoricalLoad.class);
  private long copyNanos;
  private long mark = System.nanoTime();

  /** Logs (debug) how long the step since the last one took, to see where a big load spends. */
  private void step(String what) {
    long now = System.nanoTime();
    if (log.isDebugEnabled()) {
      log.debug(
          "{}: {} ms (COPY so far {} ms)", what, (now - mark) / 1_000_000, copyNanos / 1_000_000);
    }
    mark = now;
  }

  /** Rows sent per {@code COPY}; between two the connection answers the callers' look-ups. */
  private static final int COPY_ROWS = 10_000;

  /** Rows handed per call to the budget ledger and the audit trail. */
  private static final int CHUNK = 20_000;

  private static final String STAGE = "historical_application_stage";

  /** The staged columns, in {@code COPY} order: the row number, the id, then the table's own. */
  private static final String COLUMNS;

  static {
    StringBuilder names = new StringBuilder("row_no, id");
    for (ApplicationColumn column : ApplicationColumn.values()) {
      names.append(", ").append(column.column());
    }
    COLUMNS = names.append(", changes, costs").toString();
  }

  private final HistoricalApplications history;
  private final DataSource dataSource;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private final StringBuilder buffer = new StringBuilder(1 << 20);
  private final List<Long> ids = new ArrayList<>();
  private final HistoricalApplications.Context context;
  private int buffered;
  private int nextId;

  HistoricalLoad(
      HistoricalApplications history,
      DataSource dataSource,
      org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.history = history;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.context = history.context();
    StringBuilder create =
        new StringBuilder("create temporary table if not exists " + STAGE + " (row_no bigint, id");
    create.append(" bigint");
    for (ApplicationColumn column : ApplicationColumn.values()) {
      create.append(", ").append(column.column()).append(' ').append(column.sqlType());
    }
    create.append(", changes jsonb, costs jsonb) on commit drop");
    jdbc.sql(create.toString()).update();
    jdbc.sql("truncate " + STAGE).update();
  }

  /**
   * Checks one application as {@link HistoricalApplications#record} would (a mistake is thrown as a
   * {@link org.cppp.shared.RuleViolation}) and stages it; {@code row} names it in {@link #repeats}.
   */
  public void add(long row, HistoricalApplication h) {
    FundingApplication a = history.historicalOf(h, context);
    if (nextId == ids.size()) {
      ids.clear();
      nextId = 0;
      ids.addAll(
          jdbc.sql("select nextval('funding_application_id_seq') from generate_series(1, ?)")
              .param(COPY_ROWS)
              .query(Long.class)
              .list());
    }
    buffer.append(row).append(',').append(ids.get(nextId++));
    for (ApplicationColumn column : ApplicationColumn.values()) {
      buffer.append(',');
      csv(a.column(column));
    }
    buffer.append(',');
    csv(changesOf(a));
    buffer.append(',');
    csv(costsOf(a));
    buffer.append('\n');
    if (++buffered == COPY_ROWS) {
      flush();
    }
  }

  /** Rows that repeat an earlier row's reference, with that row: at most {@code limit}. */
  public List<long[]> repeats(int limit) {
    flush();
    step("checked and staged");
    jdbc.sql("create index on " + STAGE + " (reference, row_no)").update();
    return jdbc.sql(
            "select row_no, first_row from (select row_no, min(row_no) over (partition by"
                + " reference) as first_row from "
                + STAGE
                + ") k where row_no <> first_row order by row_no limit ?")
        .param(Math.max(limit, 0))
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .list();
  }

  /**
   * Writes the staged applications not yet recorded, commits and audits them; tells {@code
   * progress} how many rows each step of the budget's and audit's chunks covered.
   *
   * @return how many were recorded (new ones)
   */
  public int finish(IntConsumer progress) {
    flush();
    step("staged");
    // the chunks below are read in row order; the planner needs the staged rows' statistics
    jdbc.sql("create index on " + STAGE + " (row_no)").update();
    jdbc.sql("analyze " + STAGE).update();
    step("indexed");
    jdbc.sql(
            "delete from "
                + STAGE
                + " s using funding_application a where a.reference = s.reference")
        .update();
    step("skipped recorded");
    StringBuilder names = new StringBuilder("id");
    for (ApplicationColumn column : ApplicationColumn.values()) {
      names.append(", ").append(column.column());
    }
    int written =
        jdbc.sql(
                "insert into funding_application ("
                    + names
                    + ") select "
                    + names
                    + " from "
                    + STAGE
                    + " order by row_no")
            .update();
    step("applications");
    jdbc.sql(
            "insert into application_status_change"
                + " (application_id, from_status, to_status, effective_on, actor, note)"
                + " select s.id, c->>0, c->>1, cast(c->>2 as date), c->>3, c->>4 from "
                + STAGE
                + " s cross join lateral jsonb_array_elements(s.changes) with ordinality as e(c, n)"
                + " order by s.row_no, e.n")
        .update();
    step("status changes");
    jdbc.sql(
            "insert into application_cost_item (application_id, position, description, amount_hkd)"
                + " select s.id, cast(e.n - 1 as integer), c->>0, cast(c->>1 as numeric) from "
                + STAGE
                + " s cross join lateral jsonb_array_elements(s.costs) with ordinality as e(c, n)")
        .update();
    step("cost items");
    long after = -1;
    long reading = 0;
    while (true) {
      long started = System.nanoTime();
      List<Staged> chunk =
          jdbc.sql(
                  "select row_no, reference, scheme, status, decided_on, approved_amount_hkd,"
                      + " government_share_hkd from "
                      + STAGE
                      + " where row_no > ? order by row_no limit ?")
              .params(after, CHUNK)
              .query(HistoricalLoad::staged)
              .list();
      reading += System.nanoTime() - started;
      if (chunk.isEmpty()) {
        step("budget and audit (reading the staged chunks " + reading / 1_000_000 + " ms)");
        return written;
      }
      after = chunk.get(chunk.size() - 1).rowNo();
      commitAndAudit(chunk);
      progress.accept(chunk.size());
    }
  }

  private void commitAndAudit(List<Staged> chunk) {
    List<Commitment> commitments = new ArrayList<>();
    Map<String, Map<String, String>> trail = new LinkedHashMap<>();
    for (Staged s : chunk) {
      ApplicationStatus status = ApplicationStatus.valueOf(s.status());
      boolean approved = s.decidedOn() != null && status != ApplicationStatus.REJECTED;
      if (approved && status == ApplicationStatus.WITHDRAWN) {
        history.commitWithdrawn(
            s.reference(), Scheme.valueOf(s.scheme()), s.governmentShareHkd(), s.decidedOn());
      } else if (approved && status != ApplicationStatus.SUBMITTED) {
        commitments.add(
            new Commitment(
                s.reference(), Scheme.valueOf(s.scheme()), s.approvedAmountHkd(), s.decidedOn()));
      }
      trail.put(
          s.reference(), Map.of("status", s.status(), "decidedOn", String.valueOf(s.decidedOn())));
    }
    history.commitAndAudit(commitments, trail);
  }

  /** A staged row read by position: a reflective mapper per row cost more than the query. */
  private static Staged staged(java.sql.ResultSet rs, int n) throws SQLException {
    return new Staged(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getBigDecimal(6),
        rs.getBigDecimal(7));
  }

  private record Staged(
      long rowNo,
      String reference,
      String scheme,
      String status,
      LocalDate decidedOn,
      BigDecimal approvedAmountHkd,
      BigDecimal governmentShareHkd) {}

  private void flush() {
    if (buffered == 0) {
      return;
    }
    long started = System.nanoTime();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy " + STAGE + " (" + COLUMNS + ") from stdin (format csv)",
              new StringReader(buffer.toString()));
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("staging historical applications failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    buffer.setLength(0);
    buffered = 0;
    copyNanos += System.nanoTime() - started;
  }

  private static String changesOf(FundingApplication a) {
    StringBuilder json = new StringBuilder("[");
    for (StatusChange change : a.statusChanges()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('[');
      Object[] v = change.insertValues();
      for (int i = 0; i < v.length; i++) {
        json.append(i == 0 ? "" : ",");
        jsonString(json, HistoricalBatch.text(v[i]));
      }
      json.append(']');
    }
    return json.append(']').toString();
  }

  private static String costsOf(FundingApplication a) {
    StringBuilder json = new StringBuilder("[");
    for (CostItem item : a.costItems()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('[');
      jsonString(json, item.description());
      json.append(',');
      jsonString(json, HistoricalBatch.text(item.amountHkd()));
      json.append(']');
    }
    return json.append(']').toString();
  }

  private static void jsonString(StringBuilder json, String value) {
    if (value == null) {
      json.append("null");
      return;
    }
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }

  /** A CSV field for {@code COPY}: empty and unquoted is null; anything else is quoted. */
  private void csv(Object value) {
    String text = value instanceof String s ? s : HistoricalBatch.text(value);
    if (text == null) {
      return;
    }
    buffer.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        buffer.append('"');
      }
      buffer.append(c);
    }
    buffer.append('"');
  }
}
