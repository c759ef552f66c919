package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresCrashTests {

  @TempDir Path folder;

  @Test
  void restartsAtOnceAfterTheApplicationWasKilledAndKeepsWhatItCommitted() throws Exception {
    Path pgData = folder.resolve("postgres");
    Process killed = startInItsOwnProcess(pgData);
    ProcessHandle orphan =
        OrphanedPostmaster.running(pgData.resolve("postmaster.pid")).orElseThrow();

    try {
      killed.destroyForcibly(); // SIGKILL: no shutdown hook runs, the postmaster stays
      assertThat(killed.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(orphan.isAlive()).isTrue();

      // the wait zonky gave up after before
      var settings = new EmbeddedPostgresServer.Settings(pgData, 0, true, Duration.ofSeconds(10));
      try (EmbeddedPostgres restarted = EmbeddedPostgresServer.start(settings)) {
        assertThat(orphan.isAlive()).isFalse();
        assertThat(query(restarted, "select count(*) from crash_probe")).isEqualTo("1");
      }
    } finally {
      orphan.destroy(); // when the test failed
    }
  }

  @Test
  void theDurableServerFlushesEveryCommit() throws Exception {
    var settings =
        new EmbeddedPostgresServer.Settings(
            folder.resolve("postgres"), 0, true, Duration.ofSeconds(30));
    try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(settings)) {
      assertThat(query(postgres, "show fsync")).isEqualTo("on");
      assertThat(query(postgres, "show synchronous_commit")).isEqualTo("on");
      assertThat(query(postgres, "show full_page_writes")).isEqualTo("on");
    }
  }

  @Test
  void theTestServerMayTradeDurabilityForSpeed() throws Exception {
    var settings = new EmbeddedPostgresServer.Settings(null, 0, false, Duration.ofSeconds(30));
    try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(settings)) {
      assertThat(query(postgres, "show fsync")).isEqualTo("off");
      assertThat(query(postgres, "show synchronous_commit")).isEqualTo("off");
    }
  }

  private static Process startInItsOwnProcess(Path pgData) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedPostgresProcess.class.getName(),
                pgData.toString())
            .redirectErrorStream(true)
            .start();
    var output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = output.readLine()) != null && !line.equals(EmbeddedPostgresProcess.READY)) {
      seen.append(line).append('\n');
    }
    assertThat(line).as("the child's output:\n%s", seen).isEqualTo(EmbeddedPostgresProcess.READY);
    return process;
  }

  private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        ResultSet rs = connection.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
