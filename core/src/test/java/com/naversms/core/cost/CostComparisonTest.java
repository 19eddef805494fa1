package com.naversms.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerMessage;
import com.naversms.core.ledger.MessageState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each message priced by the way it was billed: AlimTalk where it reached KakaoTalk, its SMS/LMS
 * leg where it failed over, nothing where the carrier refused it or it was never sent.
 */
class CostComparisonTest {
  private static final Instant AT = Instant.parse("2026-12-04T03:00:00Z");
  private int n;

  @Test
  void failedOverAlimTalk_costsItsSmsLeg_andUndeliveredMessagesCostNothing() {
    List<LedgerEntry> entries = new ArrayList<>();
    entries.add(delivered("alimtalk", "LMS", ""));
    entries.add(delivered("alimtalk", "LMS", ""));
    entries.add(delivered("alimtalk", "LMS", "AlimTalk 3019 fail: 카카오톡 미사용자"));
    entries.add(delivered("sms", "SMS", ""));
    entries.add(accepted("alimtalk", "SMS"));
    entries.add(carrierFailed("sms", "LMS"));
    entries.add(claimedOnly("alimtalk", "LMS"));

    CostComparison c = CostComparison.ofLedger(entries, CostTable.DEFAULTS);

    assertThat(c.actual().count(Billed.ALIMTALK)).isEqualTo(3); // two delivered, one accepted
    assertThat(c.actual().count(Billed.LMS)).isEqualTo(1); // the failover
    assertThat(c.actual().count(Billed.SMS)).isEqualTo(1);
    assertThat(c.actual().total()).isEqualByComparingTo("61.5"); // 3 × 7.5 + 30 + 9
    assertThat(c.smsOnly().count(Billed.LMS)).isEqualTo(3);
    assertThat(c.smsOnly().count(Billed.SMS)).isEqualTo(2);
    assertThat(c.smsOnly().total()).isEqualByComparingTo("108"); // 3 × 30 + 2 × 9
    assertThat(c.percent()).isEqualTo("57%");
    assertThat(c.actual().korean()).isEqualTo("SMS 1건 9원, LMS 1건 30원, 알림톡 3건 22.5원, 합계 61.5원");
    assertThat(c.actual().english())
        .isEqualTo(
            "SMS 1 × 9 = 9 KRW, LMS 1 × 30 = 30 KRW, AlimTalk 3 × 7.5 = 22.5 KRW, total 61.5 KRW");
  }

  @Test
  void anOperatorsTable_pricesTheSameMessagesItsWay() {
    CostTable table =
        CostTable.DEFAULTS.with(Billed.ALIMTALK, new java.math.BigDecimal("8"), "costs.yaml");

    MessageCosts costs = MessageCosts.none(table).plus(Billed.ALIMTALK, 1000);

    assertThat(MessageCosts.krw(costs.total())).isEqualTo("8,000");
    assertThat(costs.korean()).isEqualTo("알림톡 1000건 8,000원, 합계 8,000원");
  }

  @Test
  void nothingSent_costsNothing() {
    CostComparison c = CostComparison.ofLedger(List.of(), CostTable.DEFAULTS);

    assertThat(c.actual().korean()).isEqualTo("합계 0원");
    assertThat(c.percent()).isEqualTo("100%");
  }

  private LedgerEntry delivered(String channel, String type, String firstLeg) {
    return after(
        accepted(channel, type),
        new Change.Carried(new CarrierResult("0", "success", "SKT", "", firstLeg), AT));
  }

  private LedgerEntry carrierFailed(String channel, String type) {
    return after(
        accepted(channel, type), new Change.Carried(new CarrierResult("3018", "fail", "", ""), AT));
  }

  private LedgerEntry accepted(String channel, String type) {
    return after(claimedOnly(channel, type), new Change.Accepted("r" + n, AT));
  }

  private LedgerEntry claimedOnly(String channel, String type) {
    n++;
    LedgerKey key =
        LedgerKey.first("93000000" + n, "confirm_sms", LedgerKey.NO_SLOT, "01000000" + (100 + n));
    LedgerMessage m =
        new LedgerMessage(
            "01000000" + (100 + n), "r", "booking_confirm", channel, type, "", "", "안녕하세요");
    return LedgerEntry.after(
            Optional.empty(), key, new Change.Opened(m, MessageState.CLAIMED, 1, "claimed", AT))
        .orElseThrow();
  }

  private static LedgerEntry after(LedgerEntry e, Change change) {
    return LedgerEntry.after(Optional.of(e), e.key(), change).orElseThrow();
  }
}
