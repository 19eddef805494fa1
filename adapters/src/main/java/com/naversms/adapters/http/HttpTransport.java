package com.naversms.adapters.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The JDK {@link HttpClient} (HTTP/1.1, so no h2c upgrade on {@code http://}) turned into {@link
 * HttpOutcome} values. Every request must carry its own timeout.
 */
public final class HttpTransport {
  private final HttpClient client;

  public HttpTransport(HttpClient client) {
    this.client = client;
  }

  public static HttpTransport withConnectTimeout(Duration connectTimeout) {
    return new HttpTransport(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  public HttpOutcome exchange(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpOutcome.Answered(response.statusCode(), response.body(), response.headers());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new HttpOutcome.NoAnswer("interrupted while waiting for the answer");
    } catch (IOException e) {
      return classify(e);
    } catch (UnresolvedAddressException e) {
      return new HttpOutcome.NotSent("unresolved address " + request.uri().getHost());
    }
  }

  static HttpOutcome classify(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return new HttpOutcome.NotSent("connect timeout");
    }
    if (e instanceof HttpTimeoutException) {
      return new HttpOutcome.NoAnswer("timed out waiting for the answer");
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof UnresolvedAddressException) {
        return new HttpOutcome.NotSent("connection failed: " + describe(t));
      }
    }
    return new HttpOutcome.NoAnswer("connection lost: " + describe(e));
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
