package com.naversms.core.ports;

import com.naversms.core.session.SessionCookies;
import java.util.Optional;

/**
 * The cached Naver browser session: the legacy {@code session} table, item {@code id = "1"},
 * attribute {@code cookies} = JSON string of the browser's cookie list.
 */
public interface SessionStore {
  Optional<SessionCookies> load();

  void save(SessionCookies cookies);

  void clear();
}
