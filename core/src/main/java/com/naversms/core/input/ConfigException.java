package com.naversms.core.input;

import java.util.List;
import java.util.stream.Collectors;

/** Config or input files that cannot be used; holds every error found, not just the first. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // the list is immutable and its records are serializable in practice
  private final List<ConfigError> errors;

  public ConfigException(List<ConfigError> errors) {
    super(errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public ConfigException(ConfigError error) {
    this(List.of(error));
  }

  public List<ConfigError> errors() {
    return errors;
  }
}
