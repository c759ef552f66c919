package org.cppp.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cppp.CpppApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole system on a fresh embedded database in a temporary folder, for the benchmarks. */
public final class BenchmarkApplication {

  private BenchmarkApplication() {}

  /**
   * Starts it with no demo, on a free port; the folder holds its data and the benchmark's files;
   * {@code more} adds arguments or replaces these defaults.
   */
  public static ConfigurableApplicationContext start(Path dir, String... more) throws IOException {
    String[] args = {
      "--server.port=0",
      "--cppp.demo=false",
      "--cppp.data-dir=" + dir.resolve("data"),
      "--logging.level.root=WARN"
    };
    // an argument of the caller's replaces the default of the same name (e.g. --cppp.demo=true)
    java.util.List<String> all = new java.util.ArrayList<>();
    for (String arg : args) {
      String name = arg.substring(0, arg.indexOf('=') + 1);
      if (java.util.Arrays.stream(more).noneMatch(m -> m.startsWith(name))) {
        all.add(arg);
      }
    }
    all.addAll(java.util.List.of(more));
    return SpringApplication.run(CpppApplication.class, all.toArray(String[]::new));
  }

  public static Path folder() throws IOException {
    return Files.createTempDirectory("cppp-bench-");
  }
}
