package org.cppp.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests sent over a real port exactly as written (no MockMvc shortcuts: Tomcat parses the body,
 * the query string and the multipart parts). Keeps a session's cookies once {@link #signIn signed
 * in}.
 */
public final class RawHttp {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

  private final int port;
  private final HttpClient client;

  public RawHttp(int port) {
    this(
        port,
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  private RawHttp(int port, HttpClient client) {
    this.port = port;
    this.client = client;
  }

  /**
   * The same browser (its cookies, so its session) sending to another instance on this host, as a
   * load balancer without sticky sessions would.
   */
  public RawHttp at(int otherPort) {
    return new RawHttp(otherPort, client);
  }

  public HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  /** A request for a page, as a browser sends it. */
  public HttpRequest.Builder page(String path) {
    return to(path).header("Accept", "text/html,application/xhtml+xml");
  }

  /** A request signed with HTTP Basic, as the API takes it. */
  public HttpRequest.Builder api(String path, String username) {
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                (username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return to(path).header("Authorization", "Basic " + credentials);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in through the login form; answers the new session's CSRF token for later requests. */
  public String signIn(String username) {
    String token = csrfOf(send(to("/login")).body());
    HttpResponse<String> signedIn =
        send(
            to("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + username
                            + "&password="
                            + TestAccounts.PASSWORD
                            + "&_csrf="
                            + token)));
    if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/dashboard")) {
      throw new AssertionError("sign-in failed: " + signedIn.statusCode());
    }
    return csrfOf(send(to("/dashboard")).body());
  }

  /**
   * Sends a request exactly as written over a socket (HTTP/1.0, so the answer is not chunked), with
   * headers {@link java.net.http.HttpClient} refuses to set, such as {@code Host}; answers the
   * response as received, head and body.
   */
  public String exchange(String request) {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The CSRF token of a page's form (or its layout's meta tag). */
  public static String csrfOf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no CSRF token on the page");
    }
    return m.group(1);
  }
}
