package org.cppp.funding;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes many commit entries in one statement (bulk imports of decided applications). */
@Component
class LedgerBatch {

  private final JdbcClient jdbc;

  LedgerBatch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The references among {@code refs} that already have a commit entry. */
  List<String> alreadyCommitted(List<String> refs) {
    return jdbc.sql(
            "select application_ref from budget_entry"
                + " where kind = 'COMMIT' and application_ref = any(cast(? as text[]))")
        .param(refs.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  void insertCommits(long accountId, List<Commitment> commitments, String actor) {
    int n = commitments.size();
    String[] refs = new String[n];
    String[] schemes = new String[n];
    String[] amounts = new String[n];
    String[] dates = new String[n];
    for (int i = 0; i < n; i++) {
      Commitment c = commitments.get(i);
      refs[i] = c.applicationRef();
      schemes[i] = c.scheme().name();
      amounts[i] = c.amountHkd().toPlainString();
      dates[i] = c.decidedOn().toString();
    }
    jdbc.sql(
            "insert into budget_entry (account_id, kind, application_ref, scheme, amount_hkd,"
                + " effective_on, actor)"
                + " select ?, 'COMMIT', c.ref, c.scheme, c.amount, c.on_date, ?"
                + " from unnest(cast(? as text[]), cast(? as text[]), cast(cast(? as text[]) as numeric[]),"
                + " cast(cast(? as text[]) as date[])) as c (ref, scheme, amount, on_date)")
        .params(accountId, actor, refs, schemes, amounts, dates)
        .update();
  }
}
