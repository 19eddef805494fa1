package com.naversms.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LedgerKeyTest {
  @Test
  void theTextForm_readsBack_andHoldsNoFullPhone() {
    LedgerKey key =
        LedgerKey.first("1000001_9300000001", "confirm_sms", "2026-12-04T14:00", "010-0000-5678");

    assertThat(key.id()).isEqualTo("1000001_9300000001/confirm_sms/2026-12-04T14:00/5678/1");
    assertThat(LedgerKey.parse(key.id())).isEqualTo(key);
    assertThat(key.next().id()).endsWith("/5678/2");
  }

  @Test
  void aKeyWithoutSlot_usesADash() {
    assertThat(LedgerKey.first("1_2", "remind_sms", "", "01000001234").entry())
        .isEqualTo("remind_sms/-/1234/1");
  }

  @Test
  void aMalformedKey_saysWhatItExpects() {
    assertThatThrownBy(() -> LedgerKey.parse("1000001_1/confirm_sms"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BOOKING_NUM/MESSAGE/SLOT/LAST4/SEQUENCE");
    assertThatThrownBy(() -> LedgerKey.parse("1/confirm_sms/-/1234/x"))
        .hasMessageContaining("not a number");
  }
}
