package com.naversms.app.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.session.CookieJson;
import com.naversms.app.settings.AppSettings;
import com.naversms.core.session.BrowserLogin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The browser login in AWS: the cycle function (a small zip with SnapStart, no browser) invokes the
 * container function with Chromium ({@code app.lambda.LoginHandler}), which reads the Naver account
 * from Secrets Manager itself, signs in, saves the session and answers with the cookies. The
 * username and password passed here are not sent.
 */
public final class LambdaInvokedLogin implements BrowserLogin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final LambdaClient lambda;
  private final String functionName;

  public LambdaInvokedLogin(LambdaClient lambda, String functionName) {
    this.lambda = lambda;
    this.functionName = functionName;
  }

  /**
   * The login function {@code LOGIN_FUNCTION_NAME} through {@link LoginFunctionClient}: a read
   * timeout above the function's own, no SDK retries.
   *
   * @throws IllegalArgumentException when {@code LOGIN_FUNCTION_NAME} is not set
   */
  public static LambdaInvokedLogin of(AppSettings settings) {
    String functionName =
        settings
            .naver()
            .loginFunction()
            .orElseThrow(() ->
                new IllegalArgumentException(
                    "LOGIN_FUNCTION_NAME is not set: the cycle function has no browser and signs"
                        + " in through the login function"));
    return new LambdaInvokedLogin(
        LoginFunctionClient.build(
            settings.state().dynamo().region(), settings.naver().loginCallTimeout()),
        functionName);
  }

  @Override
  public LoginResult login(String username, String password) {
    InvokeResponse response;
    try {
      response =
          lambda.invoke(b ->
              b.functionName(functionName)
                  .invocationType(InvocationType.REQUEST_RESPONSE)
                  .payload(SdkBytes.fromUtf8String("{\"source\":\"naver-sms-cycle\"}")));
    } catch (SdkException e) {
      return new LoginResult.LoginFailed(
          "login function " + functionName + " could not be invoked: " + e.getMessage(), "", "");
    }
    String body = response.payload() == null ? "" : response.payload().asUtf8String();
    if (response.functionError() != null) {
      return new LoginResult.LoginFailed(
          "login function failed (" + response.functionError() + "): " + body, "", "");
    }
    return parse(body);
  }

  static LoginResult parse(String body) {
    try {
      JsonNode answer = JSON.readTree(body.getBytes(StandardCharsets.UTF_8));
      if ("logged_in".equals(answer.path("status").asText())) {
        return new LoginResult.LoggedIn(CookieJson.read(answer.path("cookies").asText()));
      }
      return new LoginResult.LoginFailed(
          answer.path("reason").asText("login function answered without a reason"),
          answer.path("page_url").asText(""),
          answer.path("diagnostics").asText(""));
    } catch (IOException | RuntimeException e) {
      return new LoginResult.LoginFailed("unreadable answer of the login function: " + e, "", "");
    }
  }
}
