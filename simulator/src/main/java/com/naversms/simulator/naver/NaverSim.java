package com.naversms.simulator.naver;

import com.naversms.simulator.Routes;
import com.naversms.simulator.http.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Simulated Naver: the login pages (nid.naver.com) and the partner booking API. */
public final class NaverSim {
  public static final String DEFAULT_USERNAME = "demo-user";
  public static final String DEFAULT_PASSWORD = "demo-pass";

  private volatile String username = DEFAULT_USERNAME;
  private volatile String password = DEFAULT_PASSWORD;
  private volatile boolean refuseLogins;
  private volatile boolean requireRoleHeader = true;
  private final AtomicInteger loginAttempts = new AtomicInteger();
  // Bookings added from outside: ids apart from generated ones (9_100_000_000 + ...).
  private final java.util.concurrent.atomic.AtomicLong nextBookingId =
      new java.util.concurrent.atomic.AtomicLong(9_300_000_000L);
  private final Map<String, List<Map<String, Object>>> bookings = new ConcurrentHashMap<>();
  private final Sessions sessions;
  private final PartnerApi partnerApi = new PartnerApi(this);
  private final LoginPages pages;
  private final String baseUrl;

  public NaverSim(Clock clock, String baseUrl) {
    this.baseUrl = baseUrl;
    this.sessions = new Sessions(clock, "127.0.0.1");
    this.pages = new LoginPages(this, baseUrl);
  }

  /** Replaces the account the login form accepts. */
  public NaverSim credentials(String newUsername, String newPassword) {
    this.username = newUsername;
    this.password = newPassword;
    return this;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  /** The login form's URL, returning to the partner home after login. */
  public String loginUrl() {
    return baseUrl
        + LoginPages.LOGIN_PATH
        + "?mode=form&url="
        + URLEncoder.encode(baseUrl + "/", StandardCharsets.UTF_8);
  }

  /** Replaces every store's bookings by the scenario's (its stores become known). */
  public synchronized NaverSim scenario(Scenario scenario) {
    bookings.clear();
    scenario.byStore().forEach((store, list) -> bookings.put(store, List.copyOf(list)));
    return this;
  }

  /** Adds partner-API booking objects to a store (which becomes known). */
  public synchronized NaverSim addBookings(
      String storeId, List<Map<String, Object>> partnerApiJson) {
    List<Map<String, Object>> list = new ArrayList<>(bookings.getOrDefault(storeId, List.of()));
    list.addAll(partnerApiJson);
    bookings.put(storeId, List.copyOf(list));
    return this;
  }

  /**
   * Adds one confirmed booking to a known store, built from {@code change} (name, phone and start
   * required), with a fresh booking id; served at once. Returns it as the list endpoint does.
   */
  public synchronized Map<String, Object> addBooking(
      String storeId, BookingChange change, java.time.Instant now) {
    List<Map<String, Object>> list = bookings.get(storeId);
    if (list == null) {
      throw new IllegalArgumentException("unknown store " + storeId);
    }
    long id = nextBookingId.incrementAndGet();
    Map<String, Object> booking = PartnerBooking.create(id, storeId, now, change);
    List<Map<String, Object>> copy = new ArrayList<>(list);
    copy.add(booking);
    bookings.put(storeId, List.copyOf(copy));
    return booking;
  }

  /** Changes the booking with this id (any store); empty when there is none. */
  public synchronized java.util.Optional<Map<String, Object>> updateBooking(
      long bookingId, BookingChange change, java.time.Instant now) {
    for (Map.Entry<String, List<Map<String, Object>>> store : bookings.entrySet()) {
      List<Map<String, Object>> list = new ArrayList<>(store.getValue());
      for (int i = 0; i < list.size(); i++) {
        if (PartnerBooking.idOf(list.get(i)) == bookingId) {
          Map<String, Object> changed = PartnerBooking.edit(list.get(i), change, now);
          list.set(i, changed);
          bookings.put(store.getKey(), List.copyOf(list));
          return java.util.Optional.of(changed);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Every store's bookings as served, stores in id order. */
  public synchronized List<Map<String, Object>> allBookings() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (String store : storeIds()) {
      all.addAll(bookings(store));
    }
    return all;
  }

  /** Makes a store known to the partner API, with no bookings yet. */
  public NaverSim addStore(String storeId) {
    bookings.putIfAbsent(storeId, List.of());
    return this;
  }

  /** The stores the partner API knows; any other answers 403. */
  public Set<String> storeIds() {
    return new TreeSet<>(bookings.keySet());
  }

  /** A store's bookings as served (unfiltered), empty for an unknown store. */
  public List<Map<String, Object>> bookings(String storeId) {
    return bookings.getOrDefault(storeId, List.of());
  }

  List<Map<String, Object>> bookingsOf(String storeId) {
    return bookings.get(storeId);
  }

  /** A session as a fresh login would leave it: the browser's cookie list. */
  public List<SimCookie> issueSession() {
    return sessions.issue();
  }

  /** Ends every session: cookies issued so far no longer work. */
  public void expireSessions() {
    sessions.expireAll();
  }

  /** Whether a Cookie header ("NID_AUT=..; NID_SES=..") belongs to a live session. */
  public boolean validSession(String cookieHeader) {
    return sessions.valid(cookieHeader);
  }

  /** Successful logins through the form. */
  public int loginCount() {
    return sessions.loginCount();
  }

  /** Posts to the login form, successful or not. */
  public int loginAttempts() {
    return loginAttempts.get();
  }

  /** When true, the login page answers with a captcha and never logs in. */
  public NaverSim refuseLogins(boolean refuse) {
    this.refuseLogins = refuse;
    return this;
  }

  /** When false, the partner API does not ask for x-booking-naver-role: OWNER. */
  public NaverSim requireRoleHeader(boolean require) {
    this.requireRoleHeader = require;
    return this;
  }

  boolean refusesLogins() {
    return refuseLogins;
  }

  boolean requiresRoleHeader() {
    return requireRoleHeader;
  }

  void countLoginAttempt() {
    loginAttempts.incrementAndGet();
  }

  Sessions sessions() {
    return sessions;
  }

  /** The routes this service answers (used by the Simulator). */
  public List<Route> routes() {
    return List.of(
        Route.of(Routes.NAVER_LOGIN, "GET", "/nidlogin\\.login", pages::form, PartnerApi::fault),
        Route.of(Routes.NAVER_LOGIN, "POST", "/nidlogin\\.login", pages::submit, PartnerApi::fault),
        Route.of(
            Routes.NAVER_SESSION_CHECK,
            "GET",
            "/user2/help/myInfoV2",
            pages::myInfo,
            PartnerApi::fault),
        Route.of(Routes.NAVER_PARTNER_HOME, "GET", "/", pages::partnerHome, PartnerApi::fault),
        Route.of(
            Routes.NAVER_PARTNER_HOME,
            "GET",
            "/bizes/([^/]+)/booking-list-view",
            pages::bookingListView,
            PartnerApi::fault),
        Route.of(
            Routes.NAVER_COUNT,
            "GET",
            "/v3\\.1/businesses/([^/]+)/bookings/count",
            partnerApi::count,
            PartnerApi::fault),
        Route.of(
            Routes.NAVER_BOOKINGS,
            "GET",
            "/api/businesses/([^/]+)/bookings",
            partnerApi::list,
            PartnerApi::fault));
  }
}
