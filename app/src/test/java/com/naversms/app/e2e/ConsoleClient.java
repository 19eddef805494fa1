package com.naversms.app.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client of a running {@code naver-sms console}, as a browser without script would
 * talk to it: it keeps the cookies it is given and follows no redirect, so tests see every answer.
 */
public final class ConsoleClient {
  private static final Pattern CSRF =
      Pattern.compile("name=\"csrf\" (?:content|value)=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private java.util.List<String> lastSetCookies = java.util.List.of();

  /**
   * @param disposition the {@code Content-Disposition} header (a download)
   */
  public record Answer(
      int status, String body, Optional<String> location, Optional<String> disposition) {}

  /**
   * @param base e.g. {@code http://127.0.0.1:41234}
   */
  public ConsoleClient(String base) {
    this.base = base;
  }

  /** The base of a URL the console printed ({@code http://127.0.0.1:N/login?token=...}). */
  public static String baseOf(String printedUrl) {
    URI u = URI.create(printedUrl);
    return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A form POST with the given fields (and no CSRF token unless one is among them). */
  public Answer post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    fields.forEach((k, v) -> {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
    });
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Opens the login form and posts {@code password} with the form's token. */
  public Answer login(String password) throws IOException, InterruptedException {
    Answer form = get("/login");
    return post("/login", Map.of("csrf", csrfOf(form.body()), "password", password));
  }

  /**
   * A client of the console {@code console} printed the URL of, logged in with {@code password}
   * (asserted: the login answers 303).
   */
  public static ConsoleClient loggedIn(Child console, String password)
      throws IOException, InterruptedException {
    ConsoleClient c = new ConsoleClient(baseOf(ConsoleSecurityE2ETest.printedUrl(console)));
    Answer in = c.login(password);
    if (in.status() != 303) {
      throw new AssertionError("login answered " + in.status() + ":\n" + in.body());
    }
    return c;
  }

  /**
   * A form POST with {@code fields} and the CSRF token {@code page} carries (a form sent from it).
   */
  public Answer submit(String path, String page, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("csrf", csrfOf(page));
    return post(path, all);
  }

  /**
   * The first group of {@code regex}'s first match in {@code page}; an AssertionError without one.
   */
  public static String find(String page, String regex) {
    Matcher m = Pattern.compile(regex).matcher(page);
    if (!m.find()) {
      throw new AssertionError("no " + regex + " in the page:\n" + page);
    }
    return m.group(1);
  }

  /** The version a 문구 page was opened on (its form's {@code base}). */
  public static String versionOf(String templatesPage) {
    return find(templatesPage, "name=\"base\" value=\"([^\"]+)\"");
  }

  /** The CSRF token a page carries. */
  public static String csrfOf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no CSRF token in the page:\n" + page);
    }
    return m.group(1);
  }

  public boolean hasSession() {
    return cookies.containsKey("naver_sms_console");
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringBuilder c = new StringBuilder();
      cookies.forEach(
          (k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      request.header("Cookie", c.toString());
    }
    HttpResponse<String> r =
        http.send(
            request.timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    lastSetCookies = r.headers().allValues("Set-Cookie");
    for (String set : lastSetCookies) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      if (value.isEmpty() || set.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return new Answer(
        r.statusCode(),
        r.body(),
        r.headers().firstValue("Location"),
        r.headers().firstValue("Content-Disposition"));
  }

  /** The raw Set-Cookie headers of the last answer (to check the cookie's attributes). */
  public java.util.List<String> lastSetCookies() {
    return lastSetCookies;
  }
}
