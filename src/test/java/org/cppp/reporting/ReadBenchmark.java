package org.cppp.reporting;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cppp.identity.NewUser;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.cppp.support.BenchmarkApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read side of issue 12 point 7, in one run on one embedded database: the 2011/12 progress
 * report (JSON) at a small and at a large programme and the same figures by hand in SQL at the
 * large one; the officers' filtered list (page and API, sorted by date) per filter against a
 * primary-key lookup of one application (p95 each); and every page an officer opens, timed once.
 * Every request carries the session of one form login, so no password hash is timed. The programme
 * is written with {@code generate_series} (the facts' triggers keep up as they do for an import).
 * Not a test: run it by hand (README, "Benchmarks"), e.g. with {@code -Xmx256m} to show no page
 * needs the whole programme in memory.
 */
public final class ReadBenchmark {

  private static final String PASSWORD = "benchmark-password-1";
  private static final int FACTORIES = 5_000;
  private static final int CHUNK = 100_000;
  private static final String[] SECTORS = {
    "TEXTILES",
    "NON_METALLIC_MINERAL_PRODUCTS",
    "METAL_AND_METAL_PRODUCTS",
    "FOOD_AND_BEVERAGE",
    "CHEMICAL_PRODUCTS",
    "PRINTING_AND_PUBLISHING",
    "FURNITURE",
    "TEXTILES",
    "METAL_AND_METAL_PRODUCTS"
  };

  /** The list's filters as the page offers them. */
  private static final Map<String, String> FILTERS = new LinkedHashMap<>();

  static {
    FILTERS.put("none", "");
    FILTERS.put("status", "status=SUBMITTED");
    FILTERS.put("scheme", "scheme=DEMONSTRATION_PROJECT");
    FILTERS.put("sector", "sector=FURNITURE");
    FILTERS.put("financialYear", "financialYear=2010");
    FILTERS.put("providerCode", "providerCode=BP-7");
    FILTERS.put("factoryBr", "factoryBr=10000042");
    FILTERS.put("overdue", "overdue=true");
    FILTERS.put("text (reference)", "text=R12345");
    FILTERS.put(
        "text (title)", "text=" + URLEncoder.encode("project 4242", StandardCharsets.UTF_8));
    FILTERS.put(
        "status+scheme+sector", "status=APPROVED&scheme=ON_SITE_ASSESSMENT&sector=TEXTILES");
  }

  private static final List<String> OFFICER_PAGES =
      List.of(
          "/dashboard",
          "/applications",
          "/applications?overdue=true",
          "/deadlines",
          "/reports/progress?year=2011",
          "/reports/dashboard",
          "/budget",
          "/factories",
          "/factories/duplicates",
          "/providers",
          "/committee",
          "/verifications",
          "/recognition",
          "/events",
          "/funding/phases",
          "/api/applications/feed",
          "/api/reports/progress?year=2011");

  private final HttpClient http;
  private final String base;
  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private int written;

  private ReadBenchmark(int port, JdbcClient jdbc, DataSource dataSource) {
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    this.base = "http://localhost:" + port;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  public static void main(String[] args) throws Exception {
    int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int large = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    ConfigurableApplicationContext app = BenchmarkApplication.start(BenchmarkApplication.folder());
    try {
      Users users = app.getBean(Users.class);
      SystemActor.run(
          () ->
              users.create(
                  new NewUser(
                      "bench", PASSWORD, "Benchmark", null, Set.of(Role.OFFICER), null, null)));
      ReadBenchmark b =
          new ReadBenchmark(
              ((WebServerApplicationContext) app).getWebServer().getPort(),
              app.getBean(JdbcClient.class),
              app.getBean(DataSource.class));
      b.signIn();
      b.factories();
      b.grow(small);
      double reportSmall = b.report();
      System.out.printf(
          "report 2011/12 at %,d applications: %.1f ms (median)%n", small, reportSmall);
      long t = System.nanoTime();
      b.grow(large);
      System.out.printf(
          "programme grown to %,d applications in %.0f s%n", large, (System.nanoTime() - t) / 1e9);
      double reportLarge = b.report();
      double byHand = b.byHand();
      System.out.printf(
          "report 2011/12 at %,d applications: %.1f ms (median); by hand in SQL: %.1f ms (median)%n",
          large, reportLarge, byHand);
      System.out.printf(
          "ratios: report at %,d / at %,d = %.2fx (target <= 2); report / by hand = %.2fx"
              + " (target <= 1.5)%n",
          large, small, reportLarge / reportSmall, reportLarge / byHand);
      b.list();
      b.officerPages();
      System.out.printf(
          "heap: max %,d MB, used now %,d MB%n",
          Runtime.getRuntime().maxMemory() >> 20,
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    } finally {
      app.close();
    }
  }

  /** One form login; its session cookie signs every later request. */
  private void signIn() throws Exception {
    String page = get("/login").body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on /login");
    }
    String form =
        "username=bench&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in failed: " + answer.statusCode() + " " + location);
    }
    int api = get("/api/applications?size=1").statusCode();
    if (api != 200) {
      throw new IllegalStateException("the API does not take the session: " + api);
    }
  }

  private void factories() {
    jdbc.sql(
            "insert into factory (br_number, name_en, hk_owned, city_code, address, sector,"
                + " registered_on) select lpad((10000000 + k)::text, 8, '0'), 'Factory ' || k,"
                + " true, 'DONGGUAN', k || ' Benchmark Road', (:sectors)[k % 9 + 1],"
                + " date '2008-04-01' from generate_series(0, :n - 1) k")
        .param("sectors", SECTORS)
        .param("n", FACTORIES)
        .update();
  }

  /**
   * Writes applications {@code written+1 .. n} with their timelines (submitted; approved or
   * rejected 30 days later; completed 200 days after approval), in chunks of {@link #CHUNK}: the
   * status mix of {@code ImportBenchmark}.
   */
  private void grow(int n) {
    while (written < n) {
      int from = written + 1;
      int to = Math.min(n, written + CHUNK);
      jdbc.sql(
              "insert into funding_application (reference, factory_br, factory_sector, scheme,"
                  + " provider_code, status, title, total_cost_hkd, technology, submitted_on,"
                  + " decided_on, due_on, created_by) select 'R' || i, lpad((10000000 + i % :f)"
                  + "::text, 8, '0'), (:sectors)[(i % :f) % 9 + 1], case when i % 2 = 0 then"
                  + " 'ON_SITE_ASSESSMENT' else 'DEMONSTRATION_PROJECT' end, 'BP-' || (i % 100),"
                  + " (array['APPROVED','COMPLETED','SUBMITTED','REJECTED','APPROVED'])[i % 5 + 1],"
                  + " 'Project ' || i, 20000 + i % 300000, case when i % 2 = 1 then"
                  + " 'ENERGY_SAVING' end, date '2009-01-01' + i % 1000, case when i % 5 <> 2"
                  + " then date '2009-01-31' + i % 1000 end, case when i % 5 in (0, 1, 4) then"
                  + " date '2010-01-31' + i % 1000 end, 'benchmark' from generate_series(:from,"
                  + " :to) i")
          .param("f", FACTORIES)
          .param("sectors", SECTORS)
          .param("from", from)
          .param("to", to)
          .update();
      String range = " from funding_application where id between :a and :b";
      long[] ids =
          jdbc.sql("select min(id), max(id) from funding_application where reference = any(:refs)")
              .param("refs", new String[] {"R" + from, "R" + to})
              .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .single();
      for (String timeline :
          List.of(
              "select id, 'DRAFT', 'SUBMITTED', submitted_on, 'benchmark'" + range,
              "select id, 'SUBMITTED', case when status = 'REJECTED' then 'REJECTED' else"
                  + " 'APPROVED' end, decided_on, 'benchmark'"
                  + range
                  + " and decided_on is not null",
              "select id, 'APPROVED', 'COMPLETED', decided_on + 200, 'benchmark'"
                  + range
                  + " and status = 'COMPLETED'")) {
        jdbc.sql(
                "insert into application_status_change (application_id, from_status, to_status,"
                    + " effective_on, actor) "
                    + timeline)
            .param("a", ids[0])
            .param("b", ids[1])
            .update();
      }
      written = to;
    }
    jdbc.sql("vacuum analyze funding_application").update();
    jdbc.sql("vacuum analyze application_status_change").update();
    jdbc.sql("analyze").update();
  }

  /** The report through the API: five to warm up, then the median of nine. */
  private double report() throws Exception {
    return median(times("/api/reports/progress?year=2011", 5, 9));
  }

  /** The same figures by hand in SQL on the raw tables ({@code benchmark/report-by-hand.sql}). */
  private double byHand() throws Exception {
    String[] statements =
        new String(
                ReadBenchmark.class
                    .getResourceAsStream("/benchmark/report-by-hand.sql")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replaceAll("(?m)^--.*$", "")
            .split(";");
    List<Double> times = new ArrayList<>();
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      for (int i = 0; i < 7; i++) {
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
        if (i >= 2) {
          times.add((System.nanoTime() - t) / 1e6);
        }
      }
    }
    return median(times);
  }

  /**
   * The list per filter, page (25 rows) and API (50 rows), against a primary-key lookup timed in
   * turn with them (page, API, lookup, page, ...), so that load from elsewhere on the machine falls
   * on both sides of each ratio alike.
   */
  private void list() throws Exception {
    Random random = new Random(42);
    List<Double> allLookups = new ArrayList<>();
    System.out.printf(
        "%-22s %18s %18s %18s %8s %8s%n",
        "filter",
        "page p95 (median)",
        "API p95 (median)",
        "lookup p95 (med.)",
        "page/pk",
        "API/pk");
    for (Map.Entry<String, String> f : FILTERS.entrySet()) {
      List<Double> page = new ArrayList<>();
      List<Double> api = new ArrayList<>();
      List<Double> lookups = new ArrayList<>();
      for (int i = 0; i < 43; i++) {
        double p = time("/applications?" + f.getValue());
        double a = time("/api/applications?size=50&" + f.getValue());
        double k = time("/api/applications/R" + (1 + random.nextInt(written)));
        if (i >= 3) {
          page.add(p);
          api.add(a);
          lookups.add(k);
        }
      }
      allLookups.addAll(lookups);
      double pk = p95(lookups);
      System.out.printf(
          "%-22s %8.1f (%5.1f) ms %8.1f (%5.1f) ms %8.1f (%5.1f) ms %7.1fx %7.1fx%n",
          f.getKey(),
          p95(page),
          median(page),
          p95(api),
          median(api),
          pk,
          median(lookups),
          p95(page) / pk,
          p95(api) / pk);
    }
    System.out.printf(
        "primary-key lookup GET /api/applications/{ref} over the whole run: p95 %.1f ms, median"
            + " %.1f ms%n",
        p95(allLookups), median(allLookups));
  }

  private void officerPages() throws Exception {
    System.out.println("every officer page once (after one warm-up):");
    for (String path : OFFICER_PAGES) {
      List<Double> t = times(path, 1, 1);
      System.out.printf("  %-34s %8.0f ms%n", path, t.get(0));
    }
  }

  private List<Double> times(String path, int warmUps, int runs) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < warmUps + runs; i++) {
      double t = time(path);
      if (i >= warmUps) {
        times.add(t);
      }
    }
    return times;
  }

  private double time(String path) throws Exception {
    long t = System.nanoTime();
    HttpResponse<String> response = get(path);
    double ms = (System.nanoTime() - t) / 1e6;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode());
    }
    return ms;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static double median(List<Double> times) {
    double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private static double p95(List<Double> times) {
    double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
  }
}
