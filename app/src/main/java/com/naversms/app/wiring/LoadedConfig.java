package com.naversms.app.wiring;

import com.naversms.core.rules.Configuration;

/**
 * A config that passed validation, with where it came from ({@code s3://bucket/prefix/} or a
 * folder) and the short content hash of its YAML files ({@link ConfigFolder#hash}: the same files
 * give the same hash wherever they are, so {@code config push} and the cycle's log line agree).
 *
 * @param listing the S3 objects' names and ETags it was read from (empty for a folder): an
 *     unchanged listing is not downloaded again
 */
public record LoadedConfig(
    Configuration configuration, String origin, String hash, String listing) {}
