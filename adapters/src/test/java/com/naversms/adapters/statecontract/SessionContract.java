package com.naversms.adapters.statecontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.ports.SessionStore;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionCookies.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cached browser session: the legacy {@code session} item {id "1", cookies JSON}. */
public abstract class SessionContract {
  static final SessionCookies COOKIES =
      new SessionCookies(
          List.of(
              new Cookie(
                  "NID_AUT", "made-up-aut", ".naver.com", "/", 1_795_000_000L, true, true, "Lax"),
              new Cookie("NID_SES", "made-up-ses", ".naver.com", "/", null, true, false, null),
              new Cookie(
                  "nx_ssl",
                  "2",
                  "partner.booking.naver.com",
                  "/api",
                  1_795_000_001L,
                  false,
                  true,
                  "None")));

  protected SessionStore sessions;

  protected abstract StateBackend newBackend();

  @BeforeEach
  void freshStorage() {
    sessions = newBackend().sessionStore();
  }

  @Test
  void withNothingSaved_thereIsNoSession() {
    assertThat(sessions.load()).isEmpty();
  }

  @Test
  void savedCookies_loadBackWithEveryField() {
    sessions.save(COOKIES);

    assertThat(sessions.load()).contains(COOKIES);
  }

  @Test
  void aSecondSave_replacesTheFirst_andClearRemovesIt() {
    sessions.save(COOKIES);
    SessionCookies newer = new SessionCookies(List.of(COOKIES.cookies().get(1)));

    sessions.save(newer);
    assertThat(sessions.load()).contains(newer);

    sessions.clear();
    assertThat(sessions.load()).isEmpty();
  }
}
