package com.naversms.adapters.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.core.secrets.SecretsException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A secret's JSON object as key → text (numbers and booleans as written, nulls dropped). */
final class SecretJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private SecretJson() {}

  static Map<String, String> parse(String secretName, String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // The parser's message quotes the secret's text: keep it out of logs.
      throw new SecretsException("secret " + secretName + " is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new SecretsException("secret " + secretName + " is not a JSON object");
    }
    return values(node);
  }

  static Map<String, String> values(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object
        .properties()
        .forEach(entry -> {
          JsonNode value = entry.getValue();
          if (!value.isNull()) {
            values.put(entry.getKey(), value.isValueNode() ? value.asText() : value.toString());
          }
        });
    return Map.copyOf(values);
  }
}
