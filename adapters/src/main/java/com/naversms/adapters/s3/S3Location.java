package com.naversms.adapters.s3;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder in S3: {@code s3://bucket/prefix/}. The prefix is empty or ends with {@code /}, so the
 * objects of the folder are the keys that start with it.
 */
public record S3Location(String bucket, String prefix) {
  private static final Pattern URI =
      Pattern.compile("s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(/.*)?");

  public S3Location {
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
  }

  /**
   * Reads {@code s3://bucket/prefix/} (the trailing slash optional).
   *
   * @param name what the value is, for the error ({@code NAVER_SMS_CONFIG_URI}, {@code --to})
   * @throws IllegalArgumentException naming {@code name} and the expected shape
   */
  public static S3Location parse(String name, String value) {
    Matcher m = URI.matcher(value.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          name
              + ": expected s3://BUCKET/PREFIX/ (a bucket name of 3-63 lower-case letters, digits,"
              + " dots and hyphens), got '"
              + value.strip()
              + "'");
    }
    String path = m.group(2) == null ? "" : m.group(2).substring(1);
    if (path.contains("//")) {
      throw new IllegalArgumentException(name + ": empty folder name in '" + value.strip() + "'");
    }
    return new S3Location(m.group(1), path);
  }

  /** The key of {@code name} in this folder. */
  public String key(String name) {
    return prefix + name;
  }

  @Override
  public String toString() {
    return "s3://" + bucket + "/" + prefix;
  }
}
