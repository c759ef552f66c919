package org.cppp.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.platform.SystemActor;
import org.cppp.support.BenchmarkApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times a primary-key lookup of one application ({@code GET /api/applications/{ref}}) signed in two
 * ways, HTTP Basic (a BCrypt check per request) and a personal access token (a SHA-256 lookup), and
 * the same application's page ({@code /applications/{ref}}) with a session cookie (the API keeps no
 * session). Not a test: {@code java ... org.cppp.identity.TokenBenchmark [n]}.
 */
public final class TokenBenchmark {

  private static final String PASSWORD = "benchmark-password-1";

  private TokenBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    ConfigurableApplicationContext app = BenchmarkApplication.start(BenchmarkApplication.folder());
    try {
      String base =
          "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      SystemActor.run(
          () ->
              app.getBean(Users.class)
                  .create(
                      new NewUser(
                          "bench", PASSWORD, "Benchmark", null, Set.of(Role.OFFICER), null, null)));
      HttpClient plain = HttpClient.newHttpClient();
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("bench:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      importCsv(
          plain,
          base,
          basic,
          "factories",
          "br_number,name_en,hk_owned,city,sector\n"
              + "10000000,Benchmark Works,true,SHENZHEN,TEXTILES\n");
      importCsv(
          plain,
          base,
          basic,
          "providers",
          "code,name,base,joined_on\n" + "BP-0,Provider 0,HONG_KONG,2008-04-01\n");
      importCsv(
          plain,
          base,
          basic,
          "applications",
          "reference,scheme,br_number,provider_code,total_cost_hkd,submitted_on,status,"
              + "decided_on,technology\n"
              + "A0,ON_SITE_ASSESSMENT,10000000,BP-0,40000.00,2010-01-04,APPROVED,2010-02-03,\n");
      String lookup = base + "/api/applications/A0";

      String created =
          send(
              plain,
              HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                  .header("Authorization", basic)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\":\"benchmark\",\"scopes\":[\"READ\"]}"))
                  .build(),
              201);
      Matcher secret = Pattern.compile("\"secret\":\"(cppp_[^\"]+)\"").matcher(created);
      secret.find();
      String bearer = "Bearer " + secret.group(1);

      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      signIn(browser, base);

      time("HTTP Basic", n, () -> plain, lookup, basic);
      time("bearer token", n, () -> plain, lookup, bearer);
      // the API keeps no session (stateless): a session is timed on the application's page
      time("session (page)", n, () -> browser, base + "/applications/A0", null);
    } finally {
      app.close();
    }
  }

  private static void time(
      String what, int n, java.util.function.Supplier<HttpClient> client, String url, String auth)
      throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
    if (auth != null) {
      builder.header("Authorization", auth);
    }
    HttpRequest request = builder.build();
    for (int i = 0; i < Math.min(50, n); i++) {
      send(client.get(), request, 200);
    }
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      send(client.get(), request, 200);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        "%-15s n=%d  median %.2f ms  p95 %.2f ms  mean %.2f ms%n",
        what, n, ms[n / 2], ms[(int) (n * 0.95)], Arrays.stream(ms).average().orElse(0));
  }

  private static void signIn(HttpClient browser, String base) throws Exception {
    String form = send(browser, HttpRequest.newBuilder(URI.create(base + "/login")).build(), 200);
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    csrf.find();
    String body =
        "username=bench&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    send(
        browser,
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        302);
  }

  private static void importCsv(
      HttpClient client, String base, String auth, String dataset, String csv) throws Exception {
    send(
        client,
        HttpRequest.newBuilder(URI.create(base + "/api/imports/" + dataset))
            .header("Authorization", auth)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build(),
        200);
  }

  private static String send(HttpClient client, HttpRequest request, int expected)
      throws Exception {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          request.uri() + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
