package com.naversms.core.rules;

/** Where a config element was written: file, YAML path ({@code rules[2].conditions[0]}), line. */
public record SourceLocation(String file, String path, int line) {
  @Override
  public String toString() {
    return file + ":" + line + " (" + path + ")";
  }
}
