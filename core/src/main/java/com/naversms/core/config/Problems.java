package com.naversms.core.config;

import java.util.List;

/** Collects the errors of one config file into a shared list, so loading reports all of them. */
final class Problems {
  private final String file;
  private final List<ConfigError> sink;

  Problems(String file, List<ConfigError> sink) {
    this.file = file;
    this.sink = sink;
  }

  String file() {
    return file;
  }

  void add(String path, int line, String message) {
    sink.add(new ConfigError(file, path, line, message));
  }

  void at(YamlNode node, String message) {
    add(node.path(), node.line(), message);
  }

  /** An error about the key {@code key} of {@code mapping} (reported on the key's line). */
  void atKey(YamlNode.Mapping mapping, String key, String message) {
    add(YamlNode.child(mapping.path(), key), mapping.keyLine(key), message);
  }

  int count() {
    return sink.size();
  }
}
