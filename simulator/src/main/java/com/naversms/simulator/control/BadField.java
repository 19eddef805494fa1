package com.naversms.simulator.control;

/** A control request's body that cannot be used: answered 400 naming the field. */
final class BadField extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  BadField(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  String field() {
    return field;
  }
}
