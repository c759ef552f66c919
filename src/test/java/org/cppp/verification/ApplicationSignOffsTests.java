package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The completion gate asks for an application's signed verification on every payment, completion
 * and timeline: the query finds its results through the index on the application.
 */
@IntegrationTest
class ApplicationSignOffsTests {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void findsAnApplicationsSignedResultThroughTheIndexOnTheApplication() {
    // the planner would scan a table this small whole anyway: forbid that, to see what it can use
    String plan =
        transactions.execute(
            status -> {
              jdbc.sql("set local enable_seqscan = off").update();
              return String.join(
                  "\n",
                  jdbc.sql("explain " + ApplicationSignOffs.SIGNED)
                      .param("DP-NONE")
                      .query(String.class)
                      .list());
            });
    assertThat(plan).contains("verification_result_application");
  }
}
