package org.cppp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.cppp.platform.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail as a module test: it boots alone, on a database of its own. */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@DirtiesContext
class AuditTrailTests {

  @Autowired AuditTrail audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  @Test
  void recordsWhoDidWhatAndReadsItBackNewestFirst() {
    SystemActor.run(
        () ->
            tx.executeWithoutResult(
                s -> {
                  audit.record("thing", "T-1", "CREATED", Map.of("name", "A"));
                  audit.record(
                      "thing",
                      "T-1",
                      "UPDATED",
                      Changes.between(Map.of("name", "A"), Map.of("name", "B")));
                }));
    var trail = audit.of("thing", "T-1");
    assertThat(trail).extracting(AuditEntry::action).containsExactly("UPDATED", "CREATED");
    assertThat(trail.get(0).actor()).isEqualTo("system");
    assertThat(trail.get(0).changes()).containsEntry("name", java.util.List.of("A", "B"));
  }

  @Test
  void theTrailIsAppendOnly() {
    SystemActor.run(
        () -> tx.executeWithoutResult(s -> audit.record("thing", "T-2", "CREATED", Map.of())));
    assertThatThrownBy(
            () -> jdbc.update("update audit_event set actor = 'forger' where subject_id = 'T-2'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_event where subject_id = 'T-2'"))
        .hasMessageContaining("append-only");
  }

  @Test
  void recordingOutsideATransactionIsRefusedAndALineRolledBackWithItsChangeIsNotKept() {
    assertThatThrownBy(() -> audit.record("thing", "T-3", "CREATED", Map.of()))
        .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    tx.executeWithoutResult(
        s -> {
          audit.record("thing", "T-3", "CREATED", Map.of());
          s.setRollbackOnly();
        });
    assertThat(audit.of("thing", "T-3")).isEmpty();
  }

  @Test
  void changesListOnlyWhatDiffers() {
    assertThat(Changes.between(Map.of("a", 1, "b", "x"), Map.of("a", 1, "b", "y")))
        .containsOnlyKeys("b");
  }
}
