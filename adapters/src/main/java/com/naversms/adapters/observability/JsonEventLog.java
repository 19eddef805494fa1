package com.naversms.adapters.observability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.redaction.LoadedSecrets;
import com.naversms.adapters.redaction.Redaction;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogEvent.Level;
import com.naversms.core.observability.LogField;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@link EventLog} that writes one JSON object per line (docs/design.md 7): {@code timestamp} (UTC,
 * milliseconds), {@code level}, {@code message}, {@code request_id}, then every field of the event
 * at the top level under its {@link LogField} key. Lines below the minimum level are dropped. Every
 * value passes through {@link Redaction}, with the secrets registered here and every secret the
 * process has loaded ({@link LoadedSecrets}). Thread safe: a line is built apart and printed in one
 * call; the request id and secrets are swapped atomically.
 */
public final class JsonEventLog implements EventLog {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final Clock clock;
  private final Level minimum;
  private volatile Redaction redaction = Redaction.none();
  private volatile String requestId = newRequestId();

  public JsonEventLog(PrintStream out, Clock clock, Level minimum) {
    this.out = out;
    this.clock = clock;
    this.minimum = minimum;
  }

  /** Standard output, the system clock and {@code LOG_LEVEL} from the environment. */
  public static JsonEventLog toStdout(Map<String, String> environment) {
    return new JsonEventLog(
        System.out, Clock.systemUTC(), LogLevels.parse(environment.get("LOG_LEVEL")));
  }

  /** A fresh id for a cycle that has no Lambda request id. */
  public static String newRequestId() {
    return UUID.randomUUID().toString();
  }

  /** Sets the id stamped on every following line (once per cycle). */
  public void requestId(String id) {
    this.requestId = id == null || id.isBlank() ? newRequestId() : id;
  }

  public String requestId() {
    return requestId;
  }

  /** Registers credential values to be replaced by {@code ***} wherever they appear. */
  public synchronized void redactSecrets(Collection<String> secrets) {
    this.redaction = redaction.withSecrets(secrets);
  }

  public Level minimum() {
    return minimum;
  }

  @Override
  public void write(LogEvent event) {
    if (!LogLevels.enabled(minimum, event.level())) {
      return;
    }
    out.println(line(event));
  }

  String line(LogEvent event) {
    Redaction r = redaction.with(LoadedSecrets.process().redaction());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(LogField.TIMESTAMP.key(), TIMESTAMP.format(Instant.now(clock)));
    json.put(LogField.LEVEL.key(), event.level().name());
    json.put(LogField.MESSAGE.key(), r.text(event.message() == null ? "" : event.message()));
    Object ownId = event.fields().get(LogField.REQUEST_ID);
    json.put(LogField.REQUEST_ID.key(), ownId == null ? requestId : r.text(ownId.toString()));
    event
        .fields()
        .forEach((field, value) -> {
          if (!json.containsKey(field.key())) {
            json.put(field.key(), r.value(field.key(), value));
          }
        });
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      // a value Jackson cannot write must not lose the line: keep the message, name the problem
      Map<String, Object> fallback = new LinkedHashMap<>();
      fallback.put(LogField.TIMESTAMP.key(), json.get(LogField.TIMESTAMP.key()));
      fallback.put(LogField.LEVEL.key(), json.get(LogField.LEVEL.key()));
      fallback.put(LogField.MESSAGE.key(), json.get(LogField.MESSAGE.key()));
      fallback.put(LogField.REQUEST_ID.key(), json.get(LogField.REQUEST_ID.key()));
      fallback.put(LogField.ERROR_TYPE.key(), "log_serialization");
      fallback.put(LogField.ERROR_MESSAGE.key(), r.text(String.valueOf(e.getOriginalMessage())));
      try {
        return JSON.writeValueAsString(fallback);
      } catch (JsonProcessingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }
}
