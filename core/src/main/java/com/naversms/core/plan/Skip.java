package com.naversms.core.plan;

/**
 * A rule that did not fire for a booking, with the first condition that failed and why ({@code plan
 * --explain}).
 */
public record Skip(
    String rule, String bookingNum, String storeId, String condition, String reason) {}
