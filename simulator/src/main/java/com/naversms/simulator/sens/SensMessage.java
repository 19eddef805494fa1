package com.naversms.simulator.sens;

import java.time.Instant;

/**
 * One message SENS accepted, one per recipient of a send request (per-message subject and content
 * overrides applied).
 *
 * @param type upper case: SMS, LMS or MMS
 */
public record SensMessage(
    String requestId,
    String type,
    String contentType,
    String from,
    String to,
    String subject,
    String content,
    Instant receivedAt,
    String messageId,
    String countryCode) {}
