package com.naversms.core.plan;

/**
 * A message planned again by the retry pass ({@code plan --explain}): its rule did not fire, but an
 * earlier send of the rule's SMS was not delivered (docs/rules.md, "Retries").
 *
 * @param failedAttempts the sends that failed for sure so far (0 when none was counted, e.g. SENS
 *     refused the account's credentials)
 * @param reason why the rule itself did not fire, and why the message is planned anyway
 */
public record Retry(
    String rule,
    String bookingNum,
    String storeId,
    String flag,
    String template,
    int failedAttempts,
    String reason) {}
