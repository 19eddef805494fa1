package com.naversms.core.config;

import java.util.Set;
import java.util.TreeSet;

/** Reports keys of a mapping that the format does not define (typos). */
final class Keys {
  private Keys() {}

  static void only(YamlNode.Mapping m, Set<String> allowed, Problems p) {
    for (String key : m.values().keySet()) {
      if (!allowed.contains(key)) {
        p.atKey(
            m,
            key,
            "unknown key \""
                + key
                + "\" (expected: "
                + String.join(", ", new TreeSet<>(allowed))
                + ")");
      }
    }
  }
}
