package org.cppp.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

/**
 * Runs the embedded PostgreSQL in a process of its own (for {@link EmbeddedPostgresCrashTests}):
 * starts it durable on the folder given, commits one row, says {@code READY} and waits to be
 * killed.
 */
final class EmbeddedPostgresProcess {

  static final String READY = "READY";

  private EmbeddedPostgresProcess() {}

  public static void main(String[] args) throws Exception {
    var settings =
        new EmbeddedPostgresServer.Settings(Path.of(args[0]), 0, true, Duration.ofSeconds(30));
    var postgres = EmbeddedPostgresServer.start(settings);
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("create table crash_probe (committed_before_kill int)");
      connection.createStatement().execute("insert into crash_probe values (1)");
    }
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Duration.ofMinutes(5).toMillis());
  }
}
