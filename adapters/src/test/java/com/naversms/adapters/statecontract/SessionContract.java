package com.naversms.adapters.statecontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.cycle.CycleJournal;
import com.naversms.core.cycle.LastCycle;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionCookies.Cookie;
import com.naversms.core.session.SessionStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cached browser session: the legacy {@code session} item {id "1", cookies JSON}, plus the last
 * sign-in attempt that the sign-in rate limit reads.
 */
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

  /** The session store on fresh storage (a store without the state tables overrides this). */
  protected SessionStore newSessionStore() {
    return newBackend().sessionStore();
  }

  @BeforeEach
  void freshStorage() {
    sessions = newSessionStore();
  }

  @Test
  void theLastCycle_isKeptBesideTheSession_andLeavesTheCookiesAlone() {
    if (!(sessions instanceof CycleJournal journal)) {
      return; // a JSON file session keeps no cycles (Persistence keeps them in memory)
    }
    assertThat(journal.last()).isEmpty();
    sessions.save(COOKIES);
    LastCycle first = new LastCycle(Instant.parse("2026-12-04T01:00:00Z"), "ok", 3, 0, 0, 0, "");
    LastCycle second =
        new LastCycle(Instant.parse("2026-12-04T01:20:00Z"), "failed", 0, 0, 1, 0, "login failed");
    journal.record(first);
    journal.record(second);

    assertThat(journal.last()).contains(second);
    assertThat(sessions.load()).contains(COOKIES);
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

  @Test
  void aSignInAttempt_isKeptBesideTheCookies_andNeitherWriteDropsTheOther() {
    Instant at = Instant.parse("2026-12-03T09:15:30Z");
    assertThat(sessions.lastSignInAttempt()).isEmpty();

    sessions.recordSignInAttempt(at);
    assertThat(sessions.lastSignInAttempt()).contains(at);
    assertThat(sessions.load()).isEmpty();

    sessions.save(COOKIES);
    assertThat(sessions.lastSignInAttempt()).contains(at);
    assertThat(sessions.load()).contains(COOKIES);

    Instant later = at.plusSeconds(7200);
    sessions.recordSignInAttempt(later);
    assertThat(sessions.lastSignInAttempt()).contains(later);
    assertThat(sessions.load()).contains(COOKIES);
  }

  /** The daily digest's marker (DynamoDB item daily_digest, SQLite table digest), once per day. */
  @Test
  void theDigestLedgerTakesEachDayOnce_andOutlivesTheSession() {
    if (!(sessions instanceof com.naversms.core.cycle.DigestLedger ledger)) {
      return; // the JSON session file keeps no ledger: Persistence keeps one per process
    }
    java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 4);
    Instant at = Instant.parse("2026-12-04T12:00:00Z");

    assertThat(ledger.claim(day, at)).isTrue();
    assertThat(ledger.claim(day, at.plusSeconds(1200))).isFalse();
    sessions.clear();
    assertThat(ledger.claim(day, at.plusSeconds(2400))).isFalse();
    assertThat(ledger.claim(day.plusDays(1), at.plusSeconds(86_400))).isTrue();
  }
}
