package com.naversms.adapters.dynamodb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The HTTP client under the SDK: passes requests to DynamoDB Local, except the next {@code n} it is
 * told to fail, which it answers as the service does when it throttles or breaks (or drops the
 * connection). Counts every request that reached the wire, whoever sent it: ours or the SDK's.
 */
final class FaultyHttp implements SdkHttpClient {
  /** What the next faulty requests get. */
  enum Fault {
    THROTTLED(400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException"),
    INTERNAL_ERROR(500, "com.amazonaws.dynamodb.v20120810#InternalServerError"),
    CONNECTION_RESET(0, "");

    final int status;
    final String type;

    Fault(int status, String type) {
      this.status = status;
      this.type = type;
    }
  }

  final AtomicInteger requests = new AtomicInteger();
  private final SdkHttpClient real = UrlConnectionHttpClient.create();
  private final AtomicInteger faults = new AtomicInteger();
  private volatile Fault fault = Fault.THROTTLED;

  /** The next {@code n} requests fail with {@code kind}; the count starts again at zero. */
  void failNext(int n, Fault kind) {
    fault = kind;
    faults.set(n);
    requests.set(0);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    requests.incrementAndGet();
    if (faults.getAndDecrement() <= 0) {
      return real.prepareRequest(request);
    }
    Fault f = fault;
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        if (f == Fault.CONNECTION_RESET) {
          throw new IOException("made-up connection reset");
        }
        byte[] body =
            ("{\"__type\":\"" + f.type + "\",\"message\":\"made-up fault\"}")
                .getBytes(StandardCharsets.UTF_8);
        return HttpExecuteResponse.builder()
            .response(
                SdkHttpResponse.builder()
                    .statusCode(f.status)
                    .putHeader("Content-Type", "application/x-amz-json-1.0")
                    .putHeader("Content-Length", String.valueOf(body.length))
                    .build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
            .build();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public String clientName() {
    return "FaultyHttp";
  }

  @Override
  public void close() {
    real.close();
  }
}
