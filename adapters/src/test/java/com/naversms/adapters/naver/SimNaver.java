package com.naversms.adapters.naver;

import com.naversms.core.booking.Booking;
import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.session.SessionCookies;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.naver.SimCookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Test support: sessions of the simulated Naver and requests covering a simulated day. */
final class SimNaver {
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  private SimNaver() {}

  static SessionCookies cookies(List<SimCookie> simCookies) {
    return new SessionCookies(
        simCookies.stream()
            .map(c ->
                new SessionCookies.Cookie(
                    c.name(),
                    c.value(),
                    c.domain(),
                    c.path(),
                    c.expiry(),
                    c.httpOnly(),
                    c.secure(),
                    c.sameSite()))
            .toList());
  }

  /** The whole simulated day in Korea, within the 31-day limit. */
  static FetchRequest request(String storeId, String status) {
    Instant from = ZonedDateTime.of(DAY.atStartOfDay(), Booking.SEOUL).toInstant();
    return new FetchRequest(storeId, status, from, from.plus(Duration.ofDays(1)).minusSeconds(1));
  }

  static PartnerApiSettings fast() {
    return new PartnerApiSettings(
        Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofMillis(5), 4, Duration.ZERO);
  }

  /** Signs in by asking the simulator for a fresh session: the browser's effect, without one. */
  static final class IssuingLogin implements BrowserLogin {
    final AtomicInteger logins = new AtomicInteger();
    private final Simulator sim;

    IssuingLogin(Simulator sim) {
      this.sim = sim;
    }

    @Override
    public LoginResult login(String username, String password) {
      logins.incrementAndGet();
      return new LoginResult.LoggedIn(cookies(sim.naver().issueSession()));
    }
  }
}
