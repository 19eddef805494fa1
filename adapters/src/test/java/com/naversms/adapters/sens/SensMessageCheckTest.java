package com.naversms.adapters.sens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import org.junit.jupiter.api.Test;

class SensMessageCheckTest {

  private static Message.Sms sms(MessageType type, String text) {
    return new Message.Sms("01000001234", "0212345678", type, "안내", text);
  }

  @Test
  void hangulCountsTwoBytes_asciiOne() {
    assertThat(SensText.bytes("예약확정")).isEqualTo(8);
    assertThat(SensText.bytes("abc 예약")).isEqualTo(8);
  }

  @Test
  void hangulOutsideKsX1001_isStillEncodable() {
    assertThat(SensText.firstUnencodable("똠방각하")).isEmpty();
  }

  @Test
  void emoji_isRefusedNamingTheCodePoint() {
    assertThat(SensMessageCheck.problem(sms(MessageType.SMS, "예약 확정 😀")))
        .contains("text holds a character EUC-KR cannot carry: U+1F600");
  }

  @Test
  void over2000Bytes_isRefused() {
    assertThat(SensMessageCheck.problem(sms(MessageType.LMS, "가".repeat(1001))))
        .contains("text is 2002 EUC-KR bytes; LMS allows 2000");
    assertThat(SensMessageCheck.problem(sms(MessageType.LMS, "가".repeat(1000)))).isEmpty();
  }

  @Test
  void smsOver90Bytes_isRefused_becauseSensWouldCutIt() {
    assertThat(SensMessageCheck.problem(sms(MessageType.SMS, "가".repeat(46))))
        .contains("SMS text is 92 EUC-KR bytes; SMS allows 90");
    assertThat(SensMessageCheck.problem(sms(MessageType.SMS, "가".repeat(45)))).isEmpty();
  }

  @Test
  void shortLms_isAllowed_likeTheLegacySystemSends() {
    assertThat(SensMessageCheck.problem(sms(MessageType.LMS, "짧은 안내"))).isEmpty();
  }

  @Test
  void missingRecipient_isRefused() {
    assertThat(
            SensMessageCheck.problem(
                new Message.Sms("", "0212345678", MessageType.SMS, "", "안녕하세요")))
        .contains("recipient number is missing or too short");
  }

  @Test
  void body_hasTheSensShape_subjectOnlyForLms() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode lms =
        json.readTree(
            SensJson.sendBody(
                new Message.Sms("010-0000-1234", "02-1234-5678", MessageType.LMS, "안내", "본문")));
    JsonNode sms =
        json.readTree(
            SensJson.sendBody(
                new Message.Sms("01000001234", "0212345678", MessageType.SMS, "안내", "본문")));

    assertThat(lms.toString())
        .isEqualTo(
            "{\"type\":\"LMS\",\"contentType\":\"COMM\",\"countryCode\":\"82\","
                + "\"from\":\"0212345678\",\"subject\":\"안내\",\"content\":\"본문\","
                + "\"messages\":[{\"to\":\"01000001234\"}]}");
    assertThat(sms.has("subject")).isFalse();
    assertThat(sms.get("type").asText()).isEqualTo("SMS");
  }
}
