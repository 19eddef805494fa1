package com.naversms.adapters.naver;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/** Sends one request and classifies the answer; never throws for an HTTP or network failure. */
final class PartnerCall {
  private static final int SNIPPET = 200;

  private PartnerCall() {}

  static CallResult send(HttpClient http, HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return new CallResult.Failure("timeout", "no answer within the timeout", true);
    } catch (IOException e) {
      return new CallResult.Failure(
          "connection", "connection failed: " + e.getClass().getSimpleName() + message(e), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new CallResult.Failure("interrupted", "interrupted", false);
    }
    int status = response.statusCode();
    String body = response.body() == null ? "" : response.body();
    if (status == 200) {
      return new CallResult.Ok(body);
    }
    if (status == 401 || status == 403) {
      return new CallResult.Unauthorized(status, snippet(body));
    }
    boolean retryable = status == 422 || status == 429 || status >= 500;
    return new CallResult.Failure(
        "http_" + status, "HTTP " + status + ": " + snippet(body), retryable);
  }

  private static String message(IOException e) {
    return e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
  }

  static String snippet(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
  }
}
