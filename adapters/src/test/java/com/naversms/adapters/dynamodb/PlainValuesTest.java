package com.naversms.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.state.StoredRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every DynamoDB type becomes a plain Java value and goes back as the same type. */
class PlainValuesTest {

  @Test
  void everyAttributeType_roundTripsThroughPlainValues() {
    Map<String, AttributeValue> item =
        Map.of(
            "s", AttributeValue.fromS("RC03"),
            "whole", AttributeValue.fromN("1051707"),
            "fraction", AttributeValue.fromN("12.50"),
            "huge", AttributeValue.fromN("123456789012345678901234567890"),
            "bool", AttributeValue.fromBool(false),
            "list",
                AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("2"))),
            "map", AttributeValue.fromM(Map.of("price", AttributeValue.fromN("5000"))),
            "ss", AttributeValue.fromSs(List.of("x", "y")),
            "ns", AttributeValue.fromNs(List.of("1", "2")),
            "b", AttributeValue.fromB(SdkBytes.fromUtf8String("raw")));

    Map<String, Object> plain = PlainValues.toPlain(item);

    assertThat(plain)
        .containsEntry("whole", 1051707L)
        .containsEntry("fraction", new BigDecimal("12.50"))
        .containsEntry("huge", new BigDecimal("123456789012345678901234567890"))
        .containsEntry("list", List.of("a", 2L))
        .containsEntry("map", Map.of("price", 5000L))
        .containsEntry("ss", Set.of("x", "y"))
        .containsEntry("ns", Set.of(1L, 2L));
    assertThat(PlainValues.toAttributes(plain)).isEqualTo(item);
  }

  @Test
  void aNullAttribute_isLeftOut() {
    assertThat(PlainValues.toPlain(Map.of("gone", AttributeValue.fromNul(true)))).isEmpty();
  }

  @Test
  void anUnreadableBookingTime_readsAsNoTime_andIsKeptAsText() {
    StoredRecord r =
        SmsItem.toRecord(
            Map.of(
                "booking_num", AttributeValue.fromS("1051707_900001"),
                "phone", AttributeValue.fromS("010-0000-0001"),
                "booking_time", AttributeValue.fromS("tomorrow")));

    assertThat(r.bookingTime()).isNull();
    assertThat(r.extra()).containsEntry("booking_time", "tomorrow");
    assertThat(r.name()).isEmpty();
  }
}
