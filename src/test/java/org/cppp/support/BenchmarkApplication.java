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
   * Starts it with no demo, on a free port; the folder holds its data and the benchmark's files.
   */
  public static ConfigurableApplicationContext start(Path dir, String... more) throws IOException {
    String[] args = {
      "--server.port=0",
      "--cppp.demo=false",
      "--cppp.data-dir=" + dir.resolve("data"),
      "--logging.level.root=WARN"
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return SpringApplication.run(CpppApplication.class, all);
  }

  public static Path folder() throws IOException {
    return Files.createTempDirectory("cppp-bench-");
  }
}
