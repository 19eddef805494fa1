package com.naversms.app.demo;

import com.naversms.core.session.BrowserLogin;

/** The demo and the simulator-backed tests never open a browser: the session is seeded. */
public final class NoBrowser implements BrowserLogin {
  @Override
  public LoginResult login(String username, String password) {
    return new LoginResult.LoginFailed(
        "no browser here: the session was seeded from the simulator", "", "");
  }
}
