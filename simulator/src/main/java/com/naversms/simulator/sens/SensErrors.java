package com.naversms.simulator.sens;

import com.naversms.simulator.http.SimResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Error bodies in the NCP API gateway shape: {"error":{"errorCode","message","details"}}. */
final class SensErrors {
  private SensErrors() {}

  static SimResponse unauthorized(String details) {
    return error(401, "200", "Authentication Failed", details);
  }

  static SimResponse badRequest(String details) {
    return error(400, "400", "Bad Request", details);
  }

  /** A 400 whose {@code errorCode} says why (an AlimTalk refusal: {@code TEMPLATE_NOT_FOUND}). */
  static SimResponse refused(String code, String details) {
    return error(400, code, "Bad Request", details);
  }

  static SimResponse notFound(String details) {
    return error(404, "404", "Not Found", details);
  }

  static SimResponse status(int status, Integer retryAfter) {
    SimResponse response =
        error(status, String.valueOf(status), reason(status), "injected by the simulator");
    return retryAfter == null
        ? response
        : response.withHeader("Retry-After", retryAfter.toString());
  }

  private static SimResponse error(int status, String code, String message, String details) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("errorCode", code);
    error.put("message", message);
    error.put("details", details);
    return SimResponse.json(status, Map.of("error", error));
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Authentication Failed";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Error";
    };
  }
}
