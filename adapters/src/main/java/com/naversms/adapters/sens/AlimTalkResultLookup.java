package com.naversms.adapters.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.core.ledger.CarrierLookup.Answer;
import com.naversms.core.ledger.CarrierResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The carrier's result of an AlimTalk message ({@code GET …/alimtalk/v2/…/messages/{messageId}}):
 * {@code messageStatusCode "0000"} is delivered over KakaoTalk; any other code with {@code
 * failoverInfo} means SENS sent the SMS/LMS instead, whose result is the message's, the AlimTalk
 * leg's kept beside it ({@link CarrierResult#firstLeg()}). A failed AlimTalk leg without {@code
 * failoverInfo} (none asked for, or a SENS that does not report it) is a failure with the AlimTalk
 * code.
 */
final class AlimTalkResultLookup {
  static final String DELIVERED = "0000";

  private final SensRequests requests;
  private final SensReads reads;

  AlimTalkResultLookup(SensReads reads) {
    this.reads = reads;
    this.requests = reads.requests();
  }

  Answer lookup(String messageId) {
    SensReads.Read read =
        reads.get(
            requests.alimTalkPath() + "/" + URLEncoder.encode(messageId, StandardCharsets.UTF_8));
    if (read.status() == 404) {
      return new Answer.NotFound();
    }
    if (read.failure().isPresent()) {
      return new Answer.Failed(read.failure().get());
    }
    return answer(read.body());
  }

  static Answer answer(JsonNode body) {
    Optional<String> code = SensJson.text(body, "messageStatusCode");
    String name = SensJson.text(body, "messageStatusName").orElse("");
    if (code.isEmpty() || name.equalsIgnoreCase("processing")) {
      return new Answer.Pending(name.isEmpty() ? "PROCESSING" : name);
    }
    String when = SensJson.text(body, "completeTime").orElse("");
    String desc = SensJson.text(body, "messageStatusDesc").map(d -> ": " + d).orElse("");
    String leg = "AlimTalk " + code.get() + (name.isEmpty() ? "" : " " + name) + desc;
    if (code.get().equals(DELIVERED)) {
      return new Answer.Completed(new CarrierResult("0", leg, "", when));
    }
    JsonNode failover = body.path("failoverInfo");
    if (failover.isMissingNode() || failover.isNull()) {
      return new Answer.Completed(new CarrierResult(code.get(), leg, "", when));
    }
    String status = SensJson.text(failover, "status").orElse("COMPLETED");
    if (!status.equals("COMPLETED")) {
      return new Answer.Pending("failover " + status);
    }
    return new Answer.Completed(
        new CarrierResult(
            SensJson.text(failover, "statusCode").orElse(""),
            SensJson.text(failover, "type").map(t -> t + " ").orElse("")
                + SensJson.text(failover, "statusName").orElse(""),
            SensJson.text(failover, "telcoCode").orElse(""),
            SensJson.text(failover, "completeTime").orElse(when),
            leg));
  }
}
