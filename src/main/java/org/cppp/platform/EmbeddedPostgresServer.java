package org.cppp.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the embedded PostgreSQL: durable by default ({@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on, overriding zonky's {@code -F} test settings), after stopping a
 * postmaster that a killed run left holding the same data folder.
 */
final class EmbeddedPostgresServer {

  /**
   * @param dataFolder PostgreSQL's data folder, kept between runs; {@code null}: a temporary one
   * @param port the port, or 0 for a free one
   * @param durable whether a commit survives a power cut (off only for tests)
   * @param startupWait how long to wait for the server, and for an orphaned one to stop
   */
  record Settings(Path dataFolder, int port, boolean durable, Duration startupWait) {}

  private EmbeddedPostgresServer() {}

  static EmbeddedPostgres start(Settings settings) throws IOException {
    String durable = settings.durable() ? "on" : "off";
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "200")
            // later on the command line than zonky's -F, so these win
            .setServerConfig("fsync", durable)
            .setServerConfig("synchronous_commit", durable)
            .setServerConfig("full_page_writes", durable)
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C.UTF-8")
            .setPGStartupWait(settings.startupWait())
            // stopped by the bean's close, after the context's graceful shutdown: zonky's own JVM
            // shutdown hook would stop it at once, under the requests and jobs still finishing
            .setRegisterShutdownHook(false);
    if (settings.port() > 0) {
      builder.setPort(settings.port());
    }
    if (settings.dataFolder() != null) {
      OrphanedPostmaster.stopIfAny(settings.dataFolder(), settings.startupWait());
      builder.setDataDirectory(settings.dataFolder()).setCleanDataDirectory(false);
    }
    return builder.start();
  }
}
