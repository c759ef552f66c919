package org.cppp.imports;

import java.io.BufferedWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.cppp.funding.Budget;
import org.cppp.identity.NewUser;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.cppp.support.BenchmarkApplication;
import org.postgresql.PGConnection;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures importing {@code N} (default 1,000,000) applications through {@code POST
 * /api/imports/applications} against the embedded database, and the database doing the same writes
 * by hand ({@code COPY} into a staging table, then {@code INSERT ... SELECT}). Not a test: run it
 * by hand (see README, "Benchmarks"), e.g. with {@code -Xmx512m} to show the import's memory is
 * bounded.
 */
public final class ImportBenchmark {

  private static final String PASSWORD = "benchmark-password-1";
  private static final String[] STATUSES = {
    "APPROVED", "COMPLETED", "SUBMITTED", "REJECTED", "APPROVED"
  };

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int factories = Math.max(10, Math.min(5_000, rows / 50));
    Path dir = BenchmarkApplication.folder();
    ConfigurableApplicationContext app = BenchmarkApplication.start(dir);
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      Users users = app.getBean(Users.class);
      SystemActor.run(
          () ->
              users.create(
                  new NewUser(
                      "bench", PASSWORD, "Benchmark", null, Set.of(Role.OFFICER), null, null)));
      SystemActor.run(
          () ->
              app.getBean(Budget.class)
                  .addCommitment(
                      new BigDecimal("900000000000.00"), LocalDate.of(2008, 4, 1), "benchmark"));
      Path f = write(dir.resolve("factories.csv"), factoryRows(factories));
      Path p = write(dir.resolve("providers.csv"), providerRows());
      Path a = dir.resolve("applications.csv");
      Path m = dir.resolve("applications-by-hand.csv");
      applications(a, "A", rows, factories);
      applications(m, "M", rows, factories);
      System.out.printf("files: %s (%,d bytes)%n", a, Files.size(a));
      post(port, "factories", f);
      post(port, "providers", p);

      HeapWatch heap = HeapWatch.start();
      long t0 = System.nanoTime();
      String answer = post(port, "applications", a);
      double api = (System.nanoTime() - t0) / 1e9;
      long peak = heap.stop();
      System.out.printf(
          "API import: %,d rows in %.1f s = %,.0f rows/s; peak heap used %,d MB (max %,d MB); %s%n",
          rows,
          api,
          rows / api,
          peak >> 20,
          Runtime.getRuntime().maxMemory() >> 20,
          answer.length() > 200 ? answer.substring(0, 200) : answer);

      long t1 = System.nanoTime();
      byHand(app.getBean(DataSource.class), m);
      double sql = (System.nanoTime() - t1) / 1e9;
      System.out.printf(
          "By hand (COPY + INSERT ... SELECT): %,d rows in %.1f s = %,.0f rows/s%n",
          rows, sql, rows / sql);
      System.out.printf("ratio (by hand / API rows per second): %.1fx%n", api / sql);
      report(port, app.getBean(DataSource.class));
    } finally {
      app.close();
    }
  }

  /**
   * The 2011/12 progress report through the API on the imported programme, against the same figures
   * computed by hand in SQL ({@code benchmark/report-by-hand.sql}); best of five each.
   */
  private static void report(int port, DataSource dataSource) throws Exception {
    String auth = Base64.getEncoder().encodeToString(("bench:" + PASSWORD).getBytes());
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/reports/progress?year=2011"))
            .header("Authorization", "Basic " + auth)
            .build();
    double api = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("report: " + response.statusCode());
      }
      api = Math.min(api, (System.nanoTime() - t) / 1e6);
    }
    String[] statements =
        new String(
                ImportBenchmark.class
                    .getResourceAsStream("/benchmark/report-by-hand.sql")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replaceAll("(?m)^--.*$", "")
            .split(";");
    double sql = Double.MAX_VALUE;
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      for (int i = 0; i < 5; i++) {
        long t = System.nanoTime();
        for (String q : statements) {
          if (!q.isBlank()) {
            try (var rs = statement.executeQuery(q)) {
              while (rs.next()) {
                rs.getObject(1);
              }
            }
          }
        }
        sql = Math.min(sql, (System.nanoTime() - t) / 1e6);
      }
    }
    System.out.printf(
        "Report 2011/12 via API: %.0f ms; the same figures by hand in SQL: %.0f ms; ratio %.1fx%n",
        api, sql, api / sql);
  }

  private static String post(int port, String dataset, Path file) throws Exception {
    String auth = Base64.getEncoder().encodeToString(("bench:" + PASSWORD).getBytes());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/" + dataset))
            .header("Authorization", "Basic " + auth)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          dataset + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private static String factoryRows(int n) {
    StringBuilder csv = new StringBuilder("br_number,name_en,hk_owned,city,sector\n");
    for (int i = 0; i < n; i++) {
      csv.append(br(i)).append(',').append(name(i)).append(",true,").append(CITIES[i % 9]);
      csv.append(",TEXTILES\n");
    }
    return csv.toString();
  }

  private static String providerRows() {
    StringBuilder csv = new StringBuilder("code,name,base,joined_on\n");
    for (int i = 0; i < 100; i++) {
      csv.append("BP-").append(i).append(",Provider ").append(i).append(",HONG_KONG,2008-04-01\n");
    }
    return csv.toString();
  }

  private static final String[] CITIES = {
    "SHENZHEN",
    "DONGGUAN",
    "GUANGZHOU",
    "FOSHAN",
    "HUIZHOU",
    "ZHONGSHAN",
    "JIANGMEN",
    "ZHUHAI",
    "ZHAOQING"
  };

  /** Names unlike each other, so the register flags no possible duplicates. */
  private static String name(int i) {
    long h = (i + 1) * 0x9E3779B97F4A7C15L;
    StringBuilder name = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      for (int c = 0; c < 6; c++) {
        name.append((char) ('a' + Math.floorMod(h, 26)));
        h = h / 26 + (h << 7);
      }
      name.append(' ');
    }
    return name.append("Works").toString();
  }

  private static String br(int i) {
    return String.format("%08d", 10_000_000 + i);
  }

  private static void applications(Path file, String prefix, int n, int factories)
      throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(
          "reference,scheme,br_number,provider_code,total_cost_hkd,submitted_on,status,"
              + "decided_on,technology\n");
      for (int i = 0; i < n; i++) {
        String status = STATUSES[i % STATUSES.length];
        LocalDate submitted = LocalDate.of(2009, 1, 1).plusDays(i % 1000);
        boolean decided = !status.equals("SUBMITTED");
        out.write(prefix + i);
        out.write(i % 2 == 0 ? ",ON_SITE_ASSESSMENT," : ",DEMONSTRATION_PROJECT,");
        out.write(br(i % factories));
        out.write(",BP-" + (i % 100) + "," + (20_000 + i % 300_000) + ".00," + submitted + ",");
        out.write(status + "," + (decided ? submitted.plusDays(30).toString() : ""));
        out.write(i % 2 == 0 ? ",\n" : ",ENERGY_SAVING\n");
      }
    }
  }

  private static Path write(Path file, String text) throws Exception {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The same writes the import makes, done by the database from a staging table. */
  private static void byHand(DataSource dataSource, Path csv) throws Exception {
    try (Connection c = dataSource.getConnection();
        Reader in = Files.newBufferedReader(csv)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "create temp table staging (reference text, scheme text, br_number text,"
                + " provider_code text, total_cost_hkd numeric, submitted_on date, status text,"
                + " decided_on date, technology text) on commit drop");
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy staging from stdin (format csv, header true)", in);
        s.execute(Files.readString(Path.of("src/test/resources/benchmark/by-hand.sql")));
      }
      c.commit();
    }
  }

  /** Samples the heap in use every 50 ms and keeps the highest. */
  private static final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    static HeapWatch start() {
      System.gc();
      HeapWatch w = new HeapWatch();
      w.thread =
          new Thread(
              () -> {
                while (w.running) {
                  long used =
                      ManagementFactory.getMemoryPoolMXBeans().stream()
                          .filter(p -> p.getType() == MemoryType.HEAP)
                          .mapToLong(p -> p.getUsage().getUsed())
                          .sum();
                  w.peak.accumulateAndGet(used, Math::max);
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      w.thread.setDaemon(true);
      w.thread.start();
      return w;
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return peak.get();
    }
  }
}
