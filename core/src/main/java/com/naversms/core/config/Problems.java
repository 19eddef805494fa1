package com.naversms.core.config;

import com.naversms.core.input.ConfigError;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one config file into a shared list, so loading reports all of them, and
 * its warnings (which never fail a load) into another.
 */
final class Problems {
  private final String file;
  private final List<ConfigError> sink;
  private final List<ConfigError> warnings;

  Problems(String file, List<ConfigError> sink) {
    this(file, sink, new ArrayList<>());
  }

  Problems(String file, List<ConfigError> sink, List<ConfigError> warnings) {
    this.file = file;
    this.sink = sink;
    this.warnings = warnings;
  }

  /** Something that loads but the operator should know, e.g. a symbol sent replaced. */
  void warn(String path, int line, String message) {
    ConfigError w = new ConfigError(file, path, line, message);
    if (!warnings.contains(w)) {
      warnings.add(w);
    }
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
