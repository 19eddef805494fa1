package com.naversms.simulator.naver;

import com.naversms.simulator.http.SimRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Live Naver sessions: a session is valid while its NID_AUT/NID_SES pair is known. */
final class Sessions {
  static final String AUT = "NID_AUT";
  static final String SES = "NID_SES";
  static final String NNB = "NNB";
  static final Duration LIFETIME = Duration.ofDays(365);

  private final Map<String, String> live = new ConcurrentHashMap<>();
  private final AtomicInteger logins = new AtomicInteger();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final String domain;

  Sessions(Clock clock, String domain) {
    this.clock = clock;
    this.domain = domain;
  }

  /** A fresh session; its cookies as the browser would list them after login. */
  List<SimCookie> issue() {
    String aut = token(24);
    String ses = "AAAB" + token(48);
    live.put(aut, ses);
    long expiry = clock.instant().plus(LIFETIME).getEpochSecond();
    return List.of(
        new SimCookie(AUT, aut, domain, "/", expiry, true, false, "Lax"),
        new SimCookie(SES, ses, domain, "/", null, false, false, "Lax"),
        new SimCookie(
            NNB,
            token(8).toUpperCase(java.util.Locale.ROOT),
            domain,
            "/",
            expiry,
            false,
            false,
            "None"));
  }

  int countLogin() {
    return logins.incrementAndGet();
  }

  int loginCount() {
    return logins.get();
  }

  void expireAll() {
    live.clear();
  }

  boolean valid(Map<String, String> cookies) {
    String aut = cookies.get(AUT);
    String ses = cookies.get(SES);
    return aut != null && ses != null && ses.equals(live.get(aut));
  }

  boolean valid(String cookieHeader) {
    return valid(SimRequest.parseCookieHeader(cookieHeader));
  }

  private String token(int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return HexFormat.of().formatHex(raw);
  }
}
