package com.naversms.simulator.http;

/** The logic of one route: a request in, an answer out. */
@FunctionalInterface
public interface RouteHandler {
  SimResponse handle(SimRequest request);
}
