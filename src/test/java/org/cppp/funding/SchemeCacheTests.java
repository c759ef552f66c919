package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cppp.shared.ApplicantKind;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalogue in memory: each scheme read once, a scheme defined since read, nothing uncommitted
 * held.
 */
class SchemeCacheTests {

  private final FundingSchemes table = mock(FundingSchemes.class);
  private final SchemeCache cache = new SchemeCache(table);

  @Test
  void aSchemeIsReadFromTheTableOnceThenFromMemory() {
    when(table.findById("DP_II")).thenReturn(Optional.of(stored("DP_II")));

    for (int row = 0; row < 50; row++) {
      assertThat(cache.find(Scheme.valueOf("DP_II"))).map(d -> d.code().code()).contains("DP_II");
    }

    verify(table, times(1)).findById("DP_II");
  }

  @Test
  void theListIsReadAgainOnlyWhenTheTableHoldsMoreSchemes() {
    when(table.count()).thenReturn(2L);
    when(table.findAll()).thenReturn(List.of(stored("DP_II"), stored("ON_SITE_ASSESSMENT")));

    cache.all();
    List<SchemeDefinition> again = cache.all();

    assertThat(again)
        .extracting(d -> d.code().code())
        .containsExactly("ON_SITE_ASSESSMENT", "DP_II");
    verify(table, times(1)).findAll();

    when(table.count()).thenReturn(3L);
    when(table.findAll())
        .thenReturn(List.of(stored("DP_II"), stored("ON_SITE_ASSESSMENT"), stored("OSI")));
    assertThat(cache.all()).hasSize(3);
    verify(table, times(2)).findAll();
  }

  @Test
  void whatAReadWriteTransactionReadIsHeldOnlyOnceItCommits() {
    when(table.findById("DP_II")).thenReturn(Optional.of(stored("DP_II")));
    TransactionSynchronizationManager.initSynchronization();
    try {
      cache.find(Scheme.valueOf("DP_II"));
    } finally {
      TransactionSynchronizationManager.clearSynchronization(); // rolled back: no afterCommit
    }

    cache.find(Scheme.valueOf("DP_II"));

    verify(table, times(2)).findById("DP_II");
  }

  private static FundingScheme stored(String code) {
    return new FundingScheme(
        new SchemeDefinition(
            Scheme.valueOf(code),
            Initiative.DEMONSTRATION,
            Map.of("en", code, "zh-HK", code, "zh-CN", code),
            Set.of(ApplicantKind.HK_BUSINESS),
            false,
            List.of(),
            List.of()),
        Instant.EPOCH);
  }
}
