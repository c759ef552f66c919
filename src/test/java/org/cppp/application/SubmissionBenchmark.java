package org.cppp.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cppp.support.BenchmarkApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures submitting applications through the API with {@value #CLIENTS} concurrent clients (each
 * {@code POST /api/applications} with a complete draft, then {@code POST
 * /api/applications/{reference}/submit}), against {@value #CLIENTS} threads of bare JDBC inserting
 * the same rows (the applications, cost items, status changes and audit entries the API wrote,
 * copied under new references), in the same run on the demo programme. Not a test: run it by hand
 * (see README, "Benchmarks"). Arguments: applications measured (default 4,000), warm-up (default
 * 400).
 */
public final class SubmissionBenchmark {

  static final int CLIENTS = 32;
  private static final String OFFICER = "officer";
  private static final String PASSWORD = "demo-password";
  private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(cppp_[^\"]+)\"");
  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    int measured = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    ConfigurableApplicationContext app =
        BenchmarkApplication.start(BenchmarkApplication.folder(), "--cppp.demo=true");
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      DataSource db = app.getBean(DataSource.class);
      List<Client> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(Client.withToken(port));
      }
      run(clients, warmUp);
      Map<String, Long> before = counts(db);
      long firstId = maxId(db);
      double api = run(clients, measured);
      Map<String, Long> after = counts(db);
      System.out.printf(
          "API: %,d applications (create + submit) by %d clients in %.1f s = %,.0f/s%n",
          measured, CLIENTS, api, measured / api);
      System.out.println("rows the API wrote per application:");
      after.forEach(
          (table, n) -> {
            long added = n - before.getOrDefault(table, 0L);
            if (added > 0) {
              System.out.printf("  %-32s %.2f%n", table, (double) added / measured);
            }
          });
      List<Copy> copies = copies(db, firstId);
      double jdbc = insertByHand(db, copies);
      System.out.printf(
          "Bare JDBC: %,d applications (the same rows) by %d threads in %.1f s = %,.0f/s%n",
          copies.size(), CLIENTS, jdbc, copies.size() / jdbc);
      System.out.printf(
          "ratio (API / bare JDBC applications per second): %.0f%%%n",
          100 * (measured / api) / (copies.size() / jdbc));
    } finally {
      app.close();
    }
  }

  /** Each client submits its share of {@code n} applications; answers the seconds taken. */
  private static double run(List<Client> clients, int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    AtomicInteger left = new AtomicInteger(n);
    long t0 = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (Client c : clients) {
      done.add(
          pool.submit(
              () -> {
                while (left.getAndDecrement() > 0) {
                  c.submitOne();
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    return seconds;
  }

  /** One API client: its own HTTP connection pool and personal access token. */
  private static final class Client {
    private final int port;
    private final HttpClient http;
    private final String authorization;

    private Client(int port, HttpClient http, String authorization) {
      this.port = port;
      this.http = http;
      this.authorization = authorization;
    }

    /**
     * Creates a personal access token with the {@code WRITE} scope for {@value #OFFICER} (one HTTP
     * Basic request, so one BCrypt check, outside the timed runs); the API is then called with
     * {@code Authorization: Bearer}: no session, no CSRF token, no password hash per request.
     */
    static Client withToken(int port) throws Exception {
      HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      Client signIn = new Client(port, http, basic);
      HttpResponse<String> created =
          expect(
              201,
              signIn.send(
                  signIn
                      .request("/api/tokens")
                      .POST(body("{\"name\":\"submission benchmark\",\"scopes\":[\"WRITE\"]}"))));
      Matcher secret = SECRET.matcher(created.body());
      if (!secret.find()) {
        throw new IllegalStateException("no token secret: " + created.body());
      }
      return new Client(port, http, "Bearer " + secret.group(1));
    }

    void submitOne() throws Exception {
      String draft =
          "{\"factoryBr\":\"30000001\",\"scheme\":\"ON_SITE_ASSESSMENT\","
              + "\"providerCode\":\"ET-HK-001\",\"title\":\"Energy audit of the dyeing line\","
              + "\"description\":\"Benchmark application\",\"quotationRef\":\"Q-2012-001\","
              + "\"costItems\":[{\"description\":\"Assessment\",\"amountHkd\":\"50000.00\"},"
              + "{\"description\":\"Report\",\"amountHkd\":\"12000.00\"}]}";
      HttpResponse<String> created =
          expect(201, send(request("/api/applications").POST(body(draft))));
      Matcher m = REFERENCE.matcher(created.body());
      if (!m.find()) {
        throw new IllegalStateException("no reference: " + created.body());
      }
      expect(
          200,
          send(
              request("/api/applications/" + m.group(1) + "/submit")
                  .POST(HttpRequest.BodyPublishers.noBody())));
    }

    private HttpRequest.Builder request(String path) {
      return to(path)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("Authorization", authorization);
    }

    private HttpRequest.Builder to(String path) {
      return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher body(String json) {
      return HttpRequest.BodyPublishers.ofString(json);
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
      if (response.statusCode() != status) {
        throw new IllegalStateException(
            response.request().uri() + ": " + response.statusCode() + " " + response.body());
      }
      return response;
    }
  }

  /** Rows per table (estimates would do, but exact counts keep the printed figures honest). */
  private static Map<String, Long> counts(DataSource db) throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        try (ResultSet rs = s.executeQuery("select count(*) from \"" + t + "\"")) {
          rs.next();
          counts.put(t, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  private static long maxId(DataSource db) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from funding_application")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** One application's rows as the API wrote them, to be inserted again under a new reference. */
  private record Copy(
      String reference,
      Map<String, Object> application,
      List<Map<String, Object>> costItems,
      List<Map<String, Object>> statusChanges,
      List<Map<String, Object>> audit) {}

  private static List<Copy> copies(DataSource db, long afterId) throws Exception {
    List<Copy> copies = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      for (Map<String, Object> a :
          rows(c, "select * from funding_application where id > ? order by id", afterId)) {
        long id = ((Number) a.remove("id")).longValue();
        String reference = (String) a.get("reference");
        copies.add(
            new Copy(
                "B" + reference.substring(1),
                a,
                rows(c, "select * from application_cost_item where application_id = ?", id),
                rows(c, "select * from application_status_change where application_id = ?", id),
                rows(
                    c,
                    "select * from audit_event where subject_type = 'application'"
                        + " and subject_id = ?",
                    reference)));
      }
    }
    return copies;
  }

  private static List<Map<String, Object>> rows(Connection c, String sql, Object key)
      throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i), rs.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** {@value #CLIENTS} threads, one transaction per application; answers the seconds taken. */
  private static double insertByHand(DataSource db, List<Copy> copies) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) {
      done.add(
          pool.submit(
              () -> {
                try (Connection c = db.getConnection()) {
                  c.setAutoCommit(false);
                  for (int i = next.getAndIncrement();
                      i < copies.size();
                      i = next.getAndIncrement()) {
                    insert(c, copies.get(i));
                    c.commit();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    return seconds;
  }

  private static void insert(Connection c, Copy copy) throws Exception {
    Map<String, Object> application = new LinkedHashMap<>(copy.application());
    application.put("reference", copy.reference());
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            insertSql("funding_application", application.keySet(), " returning id"))) {
      bind(ps, application.values());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
    }
    for (Map<String, Object> item : copy.costItems()) {
      Map<String, Object> row = new LinkedHashMap<>(item);
      row.put("application_id", id);
      insertRow(c, "application_cost_item", row);
    }
    for (Map<String, Object> change : copy.statusChanges()) {
      Map<String, Object> row = new LinkedHashMap<>(change);
      row.remove("id");
      row.put("application_id", id);
      insertRow(c, "application_status_change", row);
    }
    for (Map<String, Object> entry : copy.audit()) {
      Map<String, Object> row = new LinkedHashMap<>(entry);
      row.remove("id");
      row.put("subject_id", copy.reference());
      insertRow(c, "audit_event", row);
    }
  }

  private static void insertRow(Connection c, String table, Map<String, Object> row)
      throws Exception {
    try (PreparedStatement ps = c.prepareStatement(insertSql(table, row.keySet(), ""))) {
      bind(ps, row.values());
      ps.executeUpdate();
    }
  }

  private static String insertSql(String table, java.util.Set<String> columns, String tail) {
    return "insert into "
        + table
        + " ("
        + String.join(", ", columns)
        + ") values ("
        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
        + ")"
        + tail;
  }

  private static void bind(PreparedStatement ps, java.util.Collection<Object> values)
      throws Exception {
    int i = 1;
    for (Object v : values) {
      ps.setObject(i++, v);
    }
  }
}
