package org.cppp.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster still running on the data folder after the application that started it was killed
 * ({@code kill -9}, a crash): it keeps {@code postmaster.pid}, so a new start would fail. It is an
 * orphan when no live application holds the folder's {@code epg-lock} (zonky's lock, released by
 * the operating system when its process dies); it is then stopped (fast shutdown, in-flight
 * transactions rolled back, everything committed kept) before the new server starts.
 */
final class OrphanedPostmaster {

  private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
  private static final String ZONKY_LOCK = "epg-lock";

  private OrphanedPostmaster() {}

  static void stopIfAny(Path dataFolder, Duration wait) throws IOException {
    Optional<ProcessHandle> postmaster = running(dataFolder.resolve("postmaster.pid"));
    if (postmaster.isEmpty()) {
      return; // none, or a stale file PostgreSQL replaces itself
    }
    requireNoLiveOwner(dataFolder);
    ProcessHandle process = postmaster.get();
    log.warn(
        "A PostgreSQL server (pid {}) left running by an earlier run still holds {}; stopping it",
        process.pid(),
        dataFolder);
    stop(process, "INT", wait);
    if (process.isAlive()) {
      stop(process, "QUIT", wait);
    }
    if (process.isAlive()) {
      throw new IllegalStateException(
          "PostgreSQL (pid " + process.pid() + ") holding " + dataFolder + " did not stop");
    }
  }

  /** The live postgres process named by the pid file's first line, if there is one. */
  static Optional<ProcessHandle> running(Path pidFile) throws IOException {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
        .filter(ProcessHandle::isAlive)
        .filter(p -> binary(p).map(b -> b.endsWith("postgres")).orElse(false));
  }

  private static void requireNoLiveOwner(Path dataFolder) throws IOException {
    try (FileChannel channel =
            FileChannel.open(
                dataFolder.resolve(ZONKY_LOCK),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw inUse(dataFolder);
      }
    } catch (OverlappingFileLockException e) {
      throw inUse(dataFolder);
    }
  }

  private static IllegalStateException inUse(Path dataFolder) {
    return new IllegalStateException(
        dataFolder + " is in use by another running instance; stop it or set CPPP_DATA_DIR");
  }

  /**
   * Signals the postmaster as {@code pg_ctl stop -m <mode>} would (pg_ctl itself refuses to run as
   * root): SIGINT for a fast shutdown, SIGQUIT for an immediate one (crash recovery at the next
   * start); Java's own SIGTERM, a smart shutdown, when there is no {@code kill} command.
   */
  /**
   * Signals the postmaster as {@code pg_ctl stop -m fast|immediate} would (pg_ctl itself refuses to
   * run as root): SIGINT rolls back open transactions and shuts down cleanly, SIGQUIT stops at once
   * (crash recovery at the next start); Java's SIGTERM, a smart shutdown, when there is no {@code
   * kill} command (the dead run's clients are gone, so it ends too).
   */
  private static void stop(ProcessHandle process, String signal, Duration wait) {
    signal(process, signal);
    try {
      process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      log.warn("PostgreSQL (pid {}) did not stop within {} (SIG{})", process.pid(), wait, signal);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void signal(ProcessHandle process, String signal) {
    try {
      String pid = Long.toString(process.pid());
      if (new ProcessBuilder("kill", "-" + signal, pid).start().waitFor() == 0) {
        return;
      }
    } catch (IOException e) {
      log.debug("No kill command", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroy();
  }

  private static Optional<String> binary(ProcessHandle process) {
    return process.info().command();
  }
}
