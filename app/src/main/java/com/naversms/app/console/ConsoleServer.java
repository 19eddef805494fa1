package com.naversms.app.console;

import static com.naversms.app.console.Html.esc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.core.booking.Booking;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerQuery;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The owner's web console (docs/console.md): the JDK's HTTP server on one address, the pages 오늘,
 * 고객, 문구, 규칙 and 비용, login with a session cookie, a CSRF token on every change and a login rate
 * limit. Every page and asset comes from the jar.
 */
public final class ConsoleServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOGIN_COOKIE = "naver_sms_login";

  private final Console console;
  private final ConsoleAccess access;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final TodayView today;
  private final HttpServer server;
  private final ExecutorService threads;

  private ConsoleServer(Console console, ConsoleAccess access) throws IOException {
    this.console = console;
    this.access = access;
    this.sessions = new Sessions(console.clock());
    this.throttle = new LoginThrottle(console.clock());
    this.today = new TodayView(console);
    this.server = HttpServer.create(new InetSocketAddress(access.bind(), access.port()), 32);
    this.threads =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "console");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  /** Starts serving; the port is the one bound ({@code --port 0}: any free one). */
  public static ConsoleServer start(Console console, ConsoleAccess access) throws IOException {
    ConsoleServer s = new ConsoleServer(console, access);
    s.server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The URL to open (with the one-time password when the console made one). */
  public String url() {
    return access.url(port());
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    WebCall call = new WebCall(exchange);
    try {
      route(call);
    } catch (IllegalArgumentException e) {
      call.html(400, Html.bare("잘못된 요청", "<h1>잘못된 요청</h1><p>" + esc(e.getMessage()) + "</p>"));
    } catch (RuntimeException | IOException e) {
      call.html(
          500,
          Html.bare(
              "오류",
              "<h1>오류가 났습니다</h1><p>"
                  + esc(e.getClass().getSimpleName() + ": " + e.getMessage())
                  + "</p><p><a href=\"/today\">오늘로</a></p>"));
    }
  }

  private void route(WebCall call) throws IOException {
    String path = call.path();
    String method = call.method();
    if (path.startsWith("/assets/") && method.equals("GET")) {
      asset(call, path.substring("/assets/".length()));
      return;
    }
    if (path.equals("/favicon.ico")) {
      call.text(404, "no favicon");
      return;
    }
    if (path.equals("/login")) {
      if (method.equals("POST")) {
        login(call);
      } else {
        loginPage(call, 200, "");
      }
      return;
    }
    Optional<Sessions.Session> session = call.cookie(Sessions.COOKIE).flatMap(sessions::find);
    if (session.isEmpty()) {
      if (method.equals("GET") && !path.endsWith("/numbers")) {
        call.redirect("/login");
      } else {
        call.text(401, "로그인이 필요합니다");
      }
      return;
    }
    Sessions.Session s = session.get();
    if (method.equals("POST") && !csrfValid(call, s)) {
      call.text(403, "CSRF 토큰이 없거나 맞지 않습니다: 페이지를 다시 열어 주세요");
      return;
    }
    switch (method + " " + path) {
      case "GET /" -> call.redirect("/today");
      case "GET /today" ->
          call.html(
              200,
              call.query("part").isPresent()
                  ? TodayPage.part(today.day())
                  : TodayPage.page(today.day(), s.csrf()));
      case "GET /today/numbers" ->
          call.json(200, JSON.writeValueAsString(TodayPage.json(today.numbers())));
      case "GET /customers" -> customers(call, s, call.query("q").orElse(""), "");
      case "GET /customers/confirm" -> confirm(call, s);
      case "POST /customers/resend" -> {
        LedgerKey key = LedgerKey.parse(required(call, "key"));
        String said =
            MessageActions.resend(
                console,
                key,
                required(call, "note"),
                call.form("force").filter("yes"::equals).isPresent());
        customers(call, s, call.form("q").orElse(""), said);
      }
      case "POST /customers/resolve" -> {
        LedgerKey key = LedgerKey.parse(required(call, "key"));
        String delivered = required(call, "delivered");
        String said =
            MessageActions.resolve(console, key, delivered.equals("yes"), required(call, "note"));
        customers(call, s, call.form("q").orElse(""), said);
      }
      case "GET /templates" -> templates(call, s, TemplateSave.read(templatesFile()), "", 200);
      case "POST /templates/preview" -> {
        TemplateDraft.Checked checked =
            TemplateDraft.check(console.configDir(), required(call, "yaml"), booking(call), now());
        call.json(200, JSON.writeValueAsString(TemplatesPage.json(checked)));
      }
      case "POST /templates/save" -> save(call, s);
      case "POST /templates/download" -> download(call, s);
      case "GET /rules" -> rules(call, s, call.query("booking").orElse("").strip());
      case "GET /costs" ->
          call.html(
              200,
              CostsPage.page(
                  CostDays.of(
                      console.wiring().persistence().ledger().find(LedgerQuery.all()),
                      console.configuration().costs(),
                      LocalDate.now(console.clock().withZone(Booking.SEOUL))),
                  s.csrf()));
      case "POST /logout" -> {
        sessions.close(s.id());
        call.setCookie(Sessions.cleared(call.overTls()));
        call.redirect("/login");
      }
      default ->
          call.html(
              404, Html.bare("없는 페이지", "<h1>없는 페이지입니다</h1><p><a href=\"/today\">오늘로</a></p>"));
    }
  }

  private void customers(WebCall call, Sessions.Session s, String q, String notice)
      throws IOException {
    List<CustomerSearch.Customer> found =
        q.isEmpty()
            ? List.of()
            : CustomerSearch.find(q, console.wiring().persistence().ledger(), today.seen());
    call.html(200, CustomerPage.page(q, found, notice, s.csrf()));
  }

  private void rules(WebCall call, Sessions.Session s, String booking) throws IOException {
    var config = console.configuration();
    String verdicts = "";
    String problem = "";
    if (!booking.isEmpty()) {
      var previewed = today.previewed();
      Optional<Booking> found =
          previewed.flatMap(
              p -> p.bookings().stream().filter(b -> b.bookingNum().equals(booking)).findFirst());
      if (found.isPresent()) {
        var p = previewed.get();
        verdicts = console.verdicts().render(found.get(), p.records(), p.plan(), config.rules());
      } else {
        problem =
            previewed.isEmpty()
                ? "네이버 세션이 없어 예약을 불러오지 못했습니다."
                : "예약 " + booking + "을(를) 찾지 못했습니다: 취소되었거나 지났거나 조회 기간 밖입니다.";
      }
    }
    call.html(200, RulesPage.page(config, booking, verdicts, problem, s.csrf()));
  }

  private void confirm(WebCall call, Sessions.Session s) throws IOException {
    String action = call.query("action").orElse("");
    if (!action.equals("resend") && !action.equals("resolve")) {
      throw new IllegalArgumentException("action must be resend or resolve");
    }
    LedgerKey key =
        LedgerKey.parse(
            call.query("key").orElseThrow(() -> new IllegalArgumentException("no key")));
    Optional<LedgerEntry> entry = console.wiring().persistence().ledger().get(key);
    if (entry.isEmpty()) {
      throw new IllegalArgumentException("no message " + key.id());
    }
    call.html(200, CustomerPage.confirm(action, entry.get(), call.query("q").orElse(""), s.csrf()));
  }

  private void templates(WebCall call, Sessions.Session s, String draft, String notice, int status)
      throws IOException {
    TemplateDraft.Checked checked =
        TemplateDraft.check(console.configDir(), draft, Optional.empty(), now());
    String base = TemplateSave.version(TemplateSave.read(templatesFile()));
    call.html(
        status,
        TemplatesPage.page(
            draft,
            base,
            checked,
            todays(),
            console.configReadOnly(),
            console.configDir(),
            notice,
            s.csrf()));
  }

  private void save(WebCall call, Sessions.Session s) throws IOException {
    if (console.configReadOnly().isPresent()) {
      download(call, s);
      return;
    }
    String draft = required(call, "yaml");
    switch (TemplateSave.save(
        console, draft, required(call, "base"), call.form("note").orElse(""))) {
      case TemplateSave.Outcome.Saved saved ->
          templates(
              call,
              s,
              draft,
              "저장했습니다. 다음 주기부터 새 문구로 보냅니다. 이전 파일: "
                  + console.configDir().relativize(saved.backup()),
              200);
      case TemplateSave.Outcome.Invalid invalid ->
          templates(
              call, s, draft, "저장하지 않았습니다: 설정 오류 " + invalid.errors().size() + "건 (아래 줄 번호)", 422);
      case TemplateSave.Outcome.Stale stale ->
          templates(call, s, draft, "저장하지 않았습니다: 페이지를 연 뒤 파일이 바뀌었습니다. 바뀐 내용을 확인하고 다시 저장하세요.", 409);
    }
  }

  private void download(WebCall call, Sessions.Session s) throws IOException {
    String draft = required(call, "yaml");
    TemplateDraft.Checked checked =
        TemplateDraft.check(console.configDir(), draft, Optional.empty(), now());
    if (!checked.valid()) {
      templates(call, s, draft, "설정 오류가 있어 파일을 만들지 않았습니다 (아래 줄 번호)", 422);
      return;
    }
    console
        .changes()
        .write(
            TemplateSave.TEMPLATES_FILE + " downloaded for deployment",
            call.form("note").orElse(""));
    call.download(
        TemplateSave.TEMPLATES_FILE,
        "application/yaml; charset=utf-8",
        draft.getBytes(StandardCharsets.UTF_8));
  }

  private void login(WebCall call) throws IOException {
    String address = call.remote();
    if (!throttle.allows(address)) {
      loginPage(call, 429, "로그인 시도가 너무 많습니다. 10분 뒤에 다시 시도하세요.");
      return;
    }
    Optional<String> expected = call.cookie(LOGIN_COOKIE);
    Optional<String> given = call.form("csrf");
    if (expected.isEmpty() || given.isEmpty() || !expected.get().equals(given.get())) {
      call.text(403, "CSRF 토큰이 없거나 맞지 않습니다: 로그인 페이지를 다시 열어 주세요");
      return;
    }
    if (!access.accepts(call.form("password").orElse(""))) {
      throttle.failed(address);
      loginPage(call, 401, "비밀번호가 맞지 않습니다.");
      return;
    }
    throttle.succeeded(address);
    Sessions.Session s = sessions.open();
    call.setCookie(Sessions.cookie(s, call.overTls()));
    call.redirect("/today");
  }

  private void loginPage(WebCall call, int status, String problem) throws IOException {
    Optional<String> token = call.query("token");
    if (token.isPresent() && access.generated() && status == 200) {
      String address = call.remote();
      if (throttle.allows(address) && access.accepts(token.get())) {
        throttle.succeeded(address);
        Sessions.Session s = sessions.open();
        call.setCookie(Sessions.cookie(s, call.overTls()));
        call.redirect("/today");
        return;
      }
      throttle.failed(address);
      problem = "주소의 일회용 비밀번호가 맞지 않습니다. 콘솔이 출력한 주소를 다시 여세요.";
      status = 401;
    }
    // one token per browser: a second load of the page (a favicon request redirected here, another
    // tab) keeps the token the first form carries
    String formToken =
        call.cookie(LOGIN_COOKIE)
            .filter(t -> t.matches("[A-Za-z0-9_-]{32}"))
            .orElseGet(Sessions::token);
    call.setCookie(
        LOGIN_COOKIE
            + "="
            + formToken
            + "; Path=/login; HttpOnly; SameSite=Strict"
            + (call.overTls() ? "; Secure" : ""));
    call.html(
        status,
        Html.bare(
            "로그인",
            "<h1>예약 문자 콘솔</h1>"
                + (problem.isEmpty()
                    ? ""
                    : "<p class=\"notice bad\" role=\"alert\">" + esc(problem) + "</p>")
                + "<form method=\"post\" action=\"/login\">"
                + Html.csrfField(formToken)
                + "<label for=\"password\">비밀번호</label> <input type=\"password\" id=\"password\""
                + " name=\"password\" autofocus required> <button type=\"submit\" id=\"login\">"
                + "로그인</button></form>"
                + (access.generated()
                    ? "<p class=\"hint\">비밀번호를 정하지 않았으면 콘솔을 시작할 때 출력된 주소로 여세요.</p>"
                    : "")));
  }

  private boolean csrfValid(WebCall call, Sessions.Session s) throws IOException {
    Optional<String> origin = call.header("Origin");
    Optional<String> host = call.header("Host");
    if (origin.isPresent()
        && host.isPresent()
        && !origin.get().equals("null")
        && !origin.get().replaceFirst("^https?://", "").equals(host.get())) {
      return false;
    }
    Optional<String> token = call.header("X-CSRF-Token").or(() -> formField(call, "csrf"));
    return token
        .filter(t ->
            java.security.MessageDigest.isEqual(
                t.getBytes(StandardCharsets.UTF_8), s.csrf().getBytes(StandardCharsets.UTF_8)))
        .isPresent();
  }

  private static Optional<String> formField(WebCall call, String name) {
    try {
      return call.form(name);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void asset(WebCall call, String name) throws IOException {
    String type =
        switch (name) {
          case "console.css" -> "text/css; charset=utf-8";
          case "console.js" -> "text/javascript; charset=utf-8";
          default -> "";
        };
    if (type.isEmpty()) {
      call.text(404, "no such asset");
      return;
    }
    try (InputStream in = ConsoleServer.class.getResourceAsStream("/console/" + name)) {
      if (in == null) {
        call.text(404, "no such asset");
        return;
      }
      call.send(200, type, in.readAllBytes());
    }
  }

  private Optional<Booking> booking(WebCall call) throws IOException {
    Optional<String> num = call.form("booking").filter(b -> !b.isBlank());
    return num.flatMap(
        n -> today.seen().stream().filter(b -> b.bookingNum().equals(n)).findFirst());
  }

  private List<Booking> todays() {
    var date = now().toLocalDate();
    return today.seen().stream().filter(b -> b.startLocal().toLocalDate().equals(date)).toList();
  }

  private LocalDateTime now() {
    return console.planningNow();
  }

  private java.nio.file.Path templatesFile() {
    return console.configDir().resolve(TemplateSave.TEMPLATES_FILE);
  }

  private static String required(WebCall call, String name) throws IOException {
    return call.form(name)
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> new IllegalArgumentException(name + " is required"));
  }
}
