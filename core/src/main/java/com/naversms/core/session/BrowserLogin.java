package com.naversms.core.session;

/**
 * Signs in to Naver with a real browser and returns its cookies. Only called when the cached
 * session no longer works (docs/design.md 2: a separate Lambda function in production).
 */
public interface BrowserLogin {

  LoginResult login(String username, String password);

  sealed interface LoginResult {
    record LoggedIn(SessionCookies cookies) implements LoginResult {}

    /** {@code diagnostics}: where the screenshot and page URL were kept, for the operator. */
    record LoginFailed(String reason, String pageUrl, String diagnostics) implements LoginResult {}
  }
}
