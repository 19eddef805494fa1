package com.naversms.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12.3: only a Korean mobile number is a phone a message may go to. */
class MobileNumberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "01000001234|01000001234",
        "010-0000-1234|01000001234",
        "010 0000 1234|01000001234",
        "  010.0000.1234 |01000001234",
        "+82 10-0000-1234|01000001234",
        "+821000001234|01000001234",
        "821000001234|01000001234",
        "+82 (0)10 0000 1234|01000001234",
        "+82-010-0000-1234|01000001234",
        "011-000-1234|0110001234",
        "0160001234|0160001234",
        "019-0000-1234|01900001234"
      })
  void koreanMobileNumbers_inAnyCommonWriting_areItsDigits(String text, String digits) {
    assertThat(MobileNumber.read(text)).isEqualTo(new MobileNumber.Valid(digits));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123",
        "+8210",
        "+82100000123",
        "+1 010 0000 1234",
        "0100000123",
        "010000012345",
        "02-0000-1234",
        "0120001234",
        "010000O1234",
        "call me",
        "0100000123401000001235",
        "010-0000-1234\n010-0000-1235",
        "010\u202E00001234",
        "010-0000-1234; 010"
      })
  void anythingElse_isInvalid_andTheReasonHoldsNoNumber(String text) {
    MobileNumber read = MobileNumber.read(text);

    assertThat(read).isInstanceOf(MobileNumber.Invalid.class);
    String reason = ((MobileNumber.Invalid) read).reason();
    assertThat(reason).startsWith("expected a Korean mobile number").doesNotContain(text.strip());
    assertThat(reason).doesNotContainPattern("[0-9]{5,}");
  }

  @org.junit.jupiter.api.Test
  void twoNumbersOnTwoLines_sayWhy_withTheMaskedValue() {
    assertThat(MobileNumber.read("01000001234\n01000001235"))
        .isEqualTo(
            new MobileNumber.Invalid(
                MobileNumber.EXPECTED
                    + ", got 22 digits (010-****-1235) with a line break (two numbers?)"));
    assertThat(MobileNumber.read("123"))
        .isEqualTo(new MobileNumber.Invalid(MobileNumber.EXPECTED + ", got 3 digits (invalid)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blank_isMissing(String text) {
    assertThat(MobileNumber.read(text)).isEqualTo(new MobileNumber.Invalid("missing"));
  }
}
