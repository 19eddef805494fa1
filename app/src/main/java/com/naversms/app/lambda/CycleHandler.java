package com.naversms.app.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.redaction.LoadedSecrets;
import com.naversms.app.settings.Environment;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The scheduled cycle function (EventBridge, every 20 minutes). The SDK clients are built once, in
 * the no-argument constructor, and reused by every warm invocation. A cycle that fails as a whole
 * (secrets, login, state store) ends in an exception, so Lambda's {@code Errors} metric and its
 * alarm see it; failed sends do not, they are counted by {@code SMSFailed}.
 */
public final class CycleHandler implements RequestStreamHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CycleRun cycle;

  /**
   * Lambda's entry point: everything from the environment; the config from S3 when {@code
   * NAVER_SMS_CONFIG_URI} is set (followed from invocation to invocation), else the folder.
   */
  public CycleHandler() {
    this(LambdaCycle.fromEnvironment(Environment.process()));
  }

  /** The test seam: a cycle built over whatever the test wants. */
  public CycleHandler(Cycle cycle) {
    this(cycle::run);
  }

  CycleHandler(CycleRun cycle) {
    this.cycle = cycle;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    JsonNode event = readEvent(input);
    String requestId = requestId(context, event);
    CycleResult result = cycle.run(requestId);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("request_id", requestId);
    body.put("status", result.completed() ? "completed" : "failed");
    result.failure().ifPresent(f -> body.put("error", f));
    body.put("bookings_fetched", result.bookingsFetched());
    body.put("sms_sent", result.report().sent());
    body.put("sms_failed", result.report().smsFailed());
    body.put("uncertain", result.report().uncertain());
    body.put("store_failures", result.storeFailures().size());
    body.put("duration_ms", result.duration().toMillis());
    if (!result.completed()) {
      // the failure quotes exception messages: the Lambda's error leaves without loaded secrets
      throw new CycleFailedException(
          LoadedSecrets.process().redact(result.failure().orElse("cycle failed")));
    }
    JSON.writeValue(output, body);
  }

  private static JsonNode readEvent(InputStream input) throws IOException {
    byte[] bytes = input.readAllBytes();
    return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
  }

  private static String requestId(Context context, JsonNode event) {
    if (context != null && context.getAwsRequestId() != null) {
      return context.getAwsRequestId();
    }
    JsonNode id = event.path("id");
    return id.isTextual() ? id.asText() : UUID.randomUUID().toString();
  }

  /** The cycle stopped early; the message says why (never a secret or personal data). */
  public static final class CycleFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CycleFailedException(String message) {
      super(message);
    }
  }
}
