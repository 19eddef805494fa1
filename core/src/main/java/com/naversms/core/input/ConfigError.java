package com.naversms.core.input;

/**
 * One problem found in an input file: the file, the YAML/JSON path ({@code rules[2].actions[0]}),
 * the 1-based line (0 when unknown) and what is wrong.
 */
public record ConfigError(String file, String path, int line, String message) {
  /** {@code rules.yaml:14: rules[2].conditions[0].params.hours: expected an integer, got "two"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (path != null && !path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(message).toString();
  }
}
