package com.naversms.simulator.http;

import java.util.regex.Pattern;

/**
 * One endpoint: its name (see {@code Routes}), HTTP method and path pattern (matched against the
 * raw path; groups become path parameters).
 */
public record Route(
    String name, String method, Pattern path, RouteHandler handler, FaultAnswer faultAnswer) {

  public static Route of(
      String name, String method, String pathRegex, RouteHandler handler, FaultAnswer faults) {
    return new Route(name, method, Pattern.compile(pathRegex), handler, faults);
  }
}
