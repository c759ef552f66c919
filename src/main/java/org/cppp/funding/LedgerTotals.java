package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sums over the ledger, and the account lock that serialises approvals. */
@Component
class LedgerTotals {

  private final JdbcClient jdbc;

  LedgerTotals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the account's row until the transaction ends, so balance checks and the entries they
   * allow happen one at a time, also across application instances.
   */
  void lock(long accountId) {
    jdbc.sql("select id from budget_account where id = ? for update")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  /** Budget added minus net committed. */
  BigDecimal available(long accountId) {
    return jdbc.sql(
            "select coalesce(sum(case kind when 'COMMITMENT_ADDED' then amount_hkd"
                + " when 'COMMIT' then -amount_hkd when 'RELEASE' then amount_hkd else 0 end), 0)"
                + " from budget_entry where account_id = ?")
        .param(accountId)
        .query(BigDecimal.class)
        .single()
        .setScale(2);
  }

  boolean committed(String applicationRef) {
    return jdbc.sql(
                "select count(*) from budget_entry where application_ref = ? and kind = 'COMMIT'")
            .param(applicationRef)
            .query(Long.class)
            .single()
        > 0;
  }

  /** An application's committed, released and paid amounts. */
  Application application(String applicationRef) {
    return jdbc.sql(
            "select coalesce(sum(amount_hkd) filter (where kind = 'COMMIT'), 0) as committed,"
                + " coalesce(sum(amount_hkd) filter (where kind = 'RELEASE'), 0) as released,"
                + " coalesce(sum(amount_hkd) filter (where kind = 'PAYMENT'), 0) as paid"
                + " from budget_entry where application_ref = ?")
        .param(applicationRef)
        .query(
            (rs, n) ->
                new Application(
                    rs.getBigDecimal("committed").setScale(2),
                    rs.getBigDecimal("released").setScale(2),
                    rs.getBigDecimal("paid").setScale(2)))
        .single();
  }

  /** The account's entries summed by kind, scheme and month, up to a date ({@code null}: all). */
  List<Monthly> monthly(long accountId, LocalDate asAt) {
    return jdbc.sql(
            "select kind, scheme, cast(date_trunc('month', effective_on) as date) as month,"
                + " sum(amount_hkd) as amount, count(*) as entries from budget_entry"
                + " where account_id = ? and (cast(? as date) is null or effective_on <= ?)"
                + " group by kind, scheme, month order by month")
        .params(accountId, asAt, asAt)
        .query(
            (rs, n) ->
                new Monthly(
                    EntryKind.valueOf(rs.getString("kind")),
                    rs.getString("scheme") == null ? null : Scheme.valueOf(rs.getString("scheme")),
                    rs.getObject("month", LocalDate.class),
                    rs.getBigDecimal("amount").setScale(2),
                    rs.getLong("entries")))
        .list();
  }

  /** An application's net position. */
  record Application(BigDecimal committed, BigDecimal released, BigDecimal paid) {

    BigDecimal netCommitted() {
      return committed.subtract(released);
    }

    BigDecimal unpaid() {
      return netCommitted().subtract(paid);
    }
  }

  /** Entries of one kind and scheme in one month. */
  record Monthly(EntryKind kind, Scheme scheme, LocalDate month, BigDecimal amount, long entries) {}
}
