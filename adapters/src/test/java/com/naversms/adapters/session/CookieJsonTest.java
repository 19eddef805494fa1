package com.naversms.adapters.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.session.CookieJson.InvalidCookieJson;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionCookies.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieJsonTest {
  private static final Cookie AUT =
      new Cookie("NID_AUT", "aut-value", ".naver.com", "/", 1_900_000_000L, true, true, "Lax");
  private static final Cookie NNB =
      new Cookie("NNB", "nnb-value", ".naver.com", "/", null, false, false, null);

  @Test
  void writesTheLegacySeleniumCookieList() throws Exception {
    String json = CookieJson.write(new SessionCookies(List.of(AUT, NNB)));

    JsonNode list = new ObjectMapper().readTree(json);
    assertThat(list.isArray()).isTrue();
    JsonNode first = list.get(0);
    assertThat(first.get("name").asText()).isEqualTo("NID_AUT");
    assertThat(first.get("value").asText()).isEqualTo("aut-value");
    assertThat(first.get("domain").asText()).isEqualTo(".naver.com");
    assertThat(first.get("path").asText()).isEqualTo("/");
    assertThat(first.get("expiry").asLong()).isEqualTo(1_900_000_000L);
    assertThat(first.get("httpOnly").asBoolean()).isTrue();
    assertThat(first.get("secure").asBoolean()).isTrue();
    assertThat(first.get("sameSite").asText()).isEqualTo("Lax");
    assertThat(list.get(1).has("expiry")).isFalse();
  }

  @Test
  void roundTrips() {
    SessionCookies cookies = new SessionCookies(List.of(AUT, NNB));
    assertThat(CookieJson.read(CookieJson.write(cookies))).isEqualTo(cookies);
  }

  @Test
  void readsWhatThePythonSystemWrote() {
    String legacy =
        """
        [{"domain": ".naver.com", "expiry": 1900000000.5, "httpOnly": true, "name": "NID_SES",
          "path": "/", "sameSite": "Lax", "secure": true, "value": "ses"}]\
        """;

    Cookie c = CookieJson.read(legacy).cookies().get(0);

    assertThat(c)
        .isEqualTo(
            new Cookie("NID_SES", "ses", ".naver.com", "/", 1_900_000_000L, true, true, "Lax"));
  }

  @Test
  void readsABrowserExtensionExport() {
    String export =
        """
        [{"domain": ".naver.com", "expirationDate": 1900000000.25, "hostOnly": false,
          "httpOnly": false, "name": "NID_AUT", "path": "/", "sameSite": "no_restriction",
          "secure": true, "session": false, "value": "x"},
         {"domain": "partner.booking.naver.com", "name": "a", "value": "b", "sameSite": "unspecified"}]\
        """;

    List<Cookie> cookies = CookieJson.read(export).cookies();

    assertThat(cookies.get(0).expiry()).isEqualTo(1_900_000_000L);
    assertThat(cookies.get(0).sameSite()).isEqualTo("None");
    assertThat(cookies.get(1).sameSite()).isNull();
    assertThat(cookies.get(1).path()).isEqualTo("/");
  }

  @Test
  void readsTheWholeLegacySessionItem() {
    String item =
        "{\"id\": \"1\", \"cookies\": "
            + new ObjectMapper().valueToTree(CookieJson.write(new SessionCookies(List.of(AUT))))
            + "}";

    assertThat(CookieJson.read(item).cookies()).containsExactly(AUT);
  }

  @Test
  void namesTheCookieAndFieldThatIsWrong() {
    assertThatThrownBy(
            () -> CookieJson.read("[{\"name\":\"a\",\"value\":\"b\"},{\"value\":\"c\"}]"))
        .isInstanceOf(InvalidCookieJson.class)
        .hasMessage("cookie[1]: field 'name': missing");
    assertThatThrownBy(
            () -> CookieJson.read("[{\"name\":\"a\",\"value\":\"b\",\"expiry\":\"soon\"}]"))
        .hasMessage("cookie[0]: field 'expiry': expected epoch seconds");
    assertThatThrownBy(
            () -> CookieJson.read("[{\"name\":\"a\",\"value\":\"b\",\"sameSite\":\"x\"}]"))
        .hasMessageContaining("field 'sameSite'");
    assertThatThrownBy(() -> CookieJson.read("{\"a\":1}")).hasMessageContaining("JSON array");
    assertThatThrownBy(() -> CookieJson.read("[{")).hasMessageStartingWith("not valid JSON");
  }
}
