package com.naversms.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.session.BrowserLogin.LoginResult;
import org.junit.jupiter.api.Test;

class LambdaInvokedLoginTest {

  @Test
  void loggedInAnswer_givesTheCookies() {
    String cookies =
        "[{\\\"name\\\":\\\"NID_AUT\\\",\\\"value\\\":\\\"x\\\",\\\"domain\\\":\\\".naver.com\\\","
            + "\\\"path\\\":\\\"/\\\",\\\"httpOnly\\\":true,\\\"secure\\\":true}]";

    LoginResult result =
        LambdaInvokedLogin.parse("{\"status\":\"logged_in\",\"cookies\":\"" + cookies + "\"}");

    assertThat(result)
        .isInstanceOfSatisfying(
            LoginResult.LoggedIn.class,
            in ->
                assertThat(in.cookies().cookies())
                    .extracting(c -> c.name())
                    .containsExactly("NID_AUT"));
  }

  @Test
  void failedOrUnreadableAnswer_isALoginFailureWithItsReason() {
    assertThat(
            LambdaInvokedLogin.parse(
                "{\"status\":\"failed\",\"reason\":\"captcha\",\"page_url\":\"u\"}"))
        .isEqualTo(new LoginResult.LoginFailed("captcha", "u", ""));
    assertThat(LambdaInvokedLogin.parse("<html>"))
        .isInstanceOfSatisfying(
            LoginResult.LoginFailed.class,
            f -> assertThat(f.reason()).startsWith("unreadable answer"));
  }
}
