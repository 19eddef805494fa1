package com.naversms.core.state;

import com.naversms.core.booking.Phone;

/**
 * Key of the legacy {@code sms} table: partition {@code booking_num = "{storeId}_{bookingId}"},
 * sort {@code phone = "010-0000-5678"} (hyphenated).
 */
public record RecordKey(String bookingNum, String phone) {
  /** Masked, so a key printed or logged by accident never shows a full phone number. */
  @Override
  public String toString() {
    return "RecordKey[bookingNum=" + bookingNum + ", phone=" + Phone.masked(phone) + "]";
  }
}
