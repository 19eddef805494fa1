package com.naversms.adapters.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.core.secrets.KnownSecret;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SecretsProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets from a JSON file, read once. Two shapes are accepted: secret names as top-level keys
 * ({@code {"naver-sms-automation/naver-credentials": {"username": …}}}), and the legacy local file
 * ({@code {"naver": {…}, "sens": {…}, "telegram": {…}, "slack": {…}}}, reference 3.2).
 */
public final class FileSecretsProvider implements SecretsProvider {
  private static final Map<KnownSecret, String> LEGACY_KEYS =
      Map.of(
          KnownSecret.NAVER, "naver",
          KnownSecret.SENS, "sens",
          KnownSecret.TELEGRAM, "telegram",
          KnownSecret.SLACK, "slack");

  private final Path file;
  private final JsonNode root;

  public FileSecretsProvider(Path file) {
    this.file = file;
    this.root = read(file);
  }

  @Override
  public Optional<Map<String, String>> find(String secretName) {
    JsonNode node = root.get(secretName);
    if (node == null) {
      node = legacyNode(secretName);
    }
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new SecretsException(
          "secrets file " + file + ": secret " + secretName + " is not a JSON object");
    }
    return Optional.of(SecretJson.values(node));
  }

  private JsonNode legacyNode(String secretName) {
    for (Map.Entry<KnownSecret, String> entry : LEGACY_KEYS.entrySet()) {
      if (entry.getKey().secretName().equals(secretName)) {
        return root.get(entry.getValue());
      }
    }
    return null;
  }

  private static JsonNode read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SecretsException("secrets file " + file + " cannot be read: " + e, e);
    }
    try {
      JsonNode node = SecretJson.JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw new SecretsException("secrets file " + file + " is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new SecretsException(
          "secrets file "
              + file
              + " is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    }
  }
}
