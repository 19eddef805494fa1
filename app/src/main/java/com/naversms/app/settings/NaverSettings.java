package com.naversms.app.settings;

import com.naversms.adapters.naver.ChromiumSettings;
import com.naversms.adapters.naver.NaverEndpoints;
import com.naversms.adapters.naver.PartnerApiSettings;
import com.naversms.adapters.naver.SignInPolicy;
import com.naversms.adapters.s3.S3Location;
import com.naversms.adapters.s3.S3Settings;
import java.time.Duration;
import java.util.Optional;

/**
 * How the product reaches Naver: the sites ({@code NAVER_BASE_URL}), the partner API's pace and
 * retries ({@code FETCH_CONCURRENCY}, {@code FETCH_MIN_INTERVAL_MS}, {@code RETRY_PAUSE_MS}), and
 * the browser sign-in: its rate limit ({@code LOGIN_MIN_INTERVAL_MINUTES}), the local Chromium
 * ({@code CHROMEDRIVER_PATH}, {@code CHROME_BINARY_PATH}, {@code NAVER_LOGIN_DIAGNOSTICS_DIR}) or
 * the login function ({@code LOGIN_FUNCTION_NAME}, {@code LOGIN_FUNCTION_TIMEOUT_SECONDS}), and
 * where a failed browser sign-in leaves its evidence ({@code LOGIN_EVIDENCE_URI}, else the folder).
 *
 * @param baseUrl one base URL for the Naver login pages and partner API (the simulator)
 * @param loginMinInterval least time between two browser sign-ins whose need the session check does
 *     not confirm (0 = no limit)
 * @param loginFunction the browser-login Lambda function the cycle invokes when cookies fail
 * @param loginCallTimeout how long one call of the login function may take: its timeout plus {@link
 *     #LOGIN_CALL_MARGIN}
 * @param evidence {@code LOGIN_EVIDENCE_URI=s3://bucket/prefix/}: failed sign-ins' screenshot and
 *     page go there instead of {@link ChromiumSettings#diagnostics()} (the login function on AWS)
 * @param s3 how S3 is reached ({@code AWS_REGION}, {@code AWS_ENDPOINT_URL_S3})
 */
public record NaverSettings(
    Optional<String> baseUrl,
    PartnerApiSettings partnerApi,
    Duration loginMinInterval,
    ChromiumSettings chromium,
    Optional<String> loginFunction,
    Duration loginCallTimeout,
    Optional<S3Location> evidence,
    S3Settings s3) {

  public static final String EVIDENCE_ENV = "LOGIN_EVIDENCE_URI";

  /** Beyond the login function's timeout: Lambda's own overhead and the answer's transfer. */
  public static final Duration LOGIN_CALL_MARGIN = Duration.ofSeconds(15);

  /** The login function's timeout when Terraform does not say (its default, variables.tf). */
  public static final int DEFAULT_LOGIN_FUNCTION_TIMEOUT_SECONDS = 120;

  /** Chromium's failed sign-ins leave their diagnostics beside the state ({@code state}). */
  public static NaverSettings from(Environment env, StateSettings state) {
    PartnerApiSettings api =
        PartnerApiSettings.defaults()
            .withConcurrency(env.integer("FETCH_CONCURRENCY", 4, 1, 16))
            .withMinInterval(
                Duration.ofMillis(env.integer("FETCH_MIN_INTERVAL_MS", 250, 0, 60_000)));
    Optional<Duration> retryPause = retryPause(env);
    return new NaverSettings(
        env.optional("NAVER_BASE_URL"),
        retryPause.map(p -> api.withRetries(api.maxAttempts(), p)).orElse(api),
        Duration.ofMinutes(
            env.integer(
                "LOGIN_MIN_INTERVAL_MINUTES",
                (int) SignInPolicy.DEFAULT_MIN_INTERVAL.toMinutes(),
                0,
                7 * 24 * 60)),
        ChromiumSettings.fromEnvironment(env.asMap(), state.loginDiagnostics()),
        env.optional("LOGIN_FUNCTION_NAME"),
        loginCallTimeout(env),
        env.optional(EVIDENCE_ENV)
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .map(v -> S3Location.parse(EVIDENCE_ENV, v)),
        S3Settings.fromEnvironment(env.asMap()));
  }

  /** {@code RETRY_PAUSE_MS}: the first pause before an HTTP retry; empty for production values. */
  static Optional<Duration> retryPause(Environment env) {
    return env.present("RETRY_PAUSE_MS")
        ? Optional.of(Duration.ofMillis(env.integer("RETRY_PAUSE_MS", 0, 0, 600_000)))
        : Optional.empty();
  }

  /** {@code LOGIN_FUNCTION_TIMEOUT_SECONDS} (set by Terraform) plus {@link #LOGIN_CALL_MARGIN}. */
  public static Duration loginCallTimeout(Environment env) {
    int seconds =
        env.integer(
            "LOGIN_FUNCTION_TIMEOUT_SECONDS", DEFAULT_LOGIN_FUNCTION_TIMEOUT_SECONDS, 1, 900);
    return Duration.ofSeconds(seconds).plus(LOGIN_CALL_MARGIN);
  }

  /** The login pages and partner API: {@code NAVER_BASE_URL}, else Naver's own. */
  public NaverEndpoints endpoints() {
    return baseUrl.map(NaverEndpoints::single).orElse(NaverEndpoints.production());
  }

  /** Everything at {@code url} (the simulator), no pacing, retries after {@code pause}. */
  NaverSettings pointedAt(String url, Duration pause) {
    return new NaverSettings(
        Optional.of(url),
        partnerApi.withMinInterval(Duration.ZERO).withRetries(partnerApi.maxAttempts(), pause),
        loginMinInterval,
        chromium,
        loginFunction,
        loginCallTimeout,
        evidence,
        s3);
  }
}
