package com.naversms.core.state;

/**
 * Key of the legacy {@code sms} table: partition {@code booking_num = "{storeId}_{bookingId}"},
 * sort {@code phone = "010-0000-5678"} (hyphenated).
 */
public record RecordKey(String bookingNum, String phone) {}
