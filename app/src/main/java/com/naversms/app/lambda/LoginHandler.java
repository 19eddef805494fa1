package com.naversms.app.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.session.CookieJson;
import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.Environment;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.core.secrets.CredentialReader;
import com.naversms.core.secrets.NaverCredentials;
import com.naversms.core.secrets.SecretsProvider;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.session.BrowserLogin.LoginResult;
import com.naversms.core.session.SessionStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser-login function (container image with Chromium): signs in to Naver, saves the session
 * in the {@code session} table and answers {@code {"status":"logged_in","cookies":"[...]"}} or
 * {@code {"status":"failed","reason":..,"page_url":..,"diagnostics":..}}. The cycle invokes it only
 * when the cached cookies no longer work.
 */
public final class LoginHandler implements RequestStreamHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final BrowserLogin browser;
  private final SessionStore sessions;
  private final SecretsProvider secrets;

  public LoginHandler() {
    this(AppSettings.fromEnvironment(Environment.process()));
  }

  private LoginHandler(AppSettings settings) {
    this(
        SelfHosted.chromium(settings.naver(), settings.naver().endpoints(), Clock.systemUTC()),
        SelfHosted.persistence(settings).session(),
        settings.secrets().open());
  }

  public LoginHandler(BrowserLogin browser, SessionStore sessions, SecretsProvider secrets) {
    this.browser = browser;
    this.sessions = sessions;
    this.secrets = secrets;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    input.readAllBytes();
    NaverCredentials account = new CredentialReader(secrets, e -> {}).naver();
    Map<String, Object> answer = new LinkedHashMap<>();
    switch (browser.login(account.username(), account.password())) {
      case LoginResult.LoggedIn in -> {
        sessions.save(in.cookies());
        answer.put("status", "logged_in");
        answer.put("cookies", CookieJson.write(in.cookies()));
      }
      case LoginResult.LoginFailed f -> {
        answer.put("status", "failed");
        answer.put("reason", f.reason());
        answer.put("page_url", f.pageUrl());
        answer.put("diagnostics", f.diagnostics());
      }
    }
    JSON.writeValue(output, answer);
  }
}
