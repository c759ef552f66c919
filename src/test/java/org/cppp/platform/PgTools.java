package org.cppp.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's client tools ({@code pg_dump}, {@code pg_restore}) for tests: zonky's embedded
 * binaries have only the server, so these come from the machine: {@code -Dcppp.test.pg-bin=DIR},
 * else the newest {@code /usr/lib/postgresql/N/bin} (Debian's {@code postgresql-client}), else the
 * {@code PATH}; only a major version at least the server's is used.
 */
record PgTools(Path bin) {

  private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

  /** Tools able to dump a server of this major version, or null when there are none. */
  static PgTools find(int serverMajor) throws IOException, InterruptedException {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getProperty("cppp.test.pg-bin");
    if (configured != null) {
      candidates.add(Path.of(configured));
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions
            .map(v -> v.resolve("bin"))
            .sorted(Comparator.comparing((Path p) -> major(p.getParent())).reversed())
            .forEach(candidates::add);
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isBlank()) {
        candidates.add(Path.of(dir));
      }
    }
    for (Path bin : candidates) {
      if (Files.isExecutable(bin.resolve("pg_dump"))
          && Files.isExecutable(bin.resolve("pg_restore"))) {
        Integer major = version(bin.resolve("pg_dump"));
        if (major != null && major >= serverMajor) {
          return new PgTools(bin);
        }
      }
    }
    return null;
  }

  /** Runs one of the tools; fails with its output unless it exits 0. */
  void run(String tool, Object... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(bin.resolve(tool).toString());
    for (Object argument : arguments) {
      command.add(argument.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError(tool + " failed: " + output);
    }
  }

  private static Integer version(Path tool) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(tool.toString(), "--version").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(30, TimeUnit.SECONDS);
    Matcher matcher = VERSION.matcher(output);
    return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
  }

  private static int major(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
