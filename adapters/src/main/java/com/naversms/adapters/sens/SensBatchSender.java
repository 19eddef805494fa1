package com.naversms.adapters.sens;

import com.naversms.core.booking.Phone;
import com.naversms.core.delivery.MessageSender;
import com.naversms.core.plan.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SMS channel for many senders at once (the executor's lanes, docs/state.md 11): each {@link
 * #send} call still sends one message and blocks until SENS answered for it, so the claim protocol
 * around it is unchanged (claimed before, recorded after, never twice); behind it, the messages
 * waiting at the same moment go out together, up to {@code batchSize} in one request's {@code
 * messages[]} (same type, contentType and sender number, each with its own {@code to}, {@code
 * content} and subject), with at most {@code requestsInFlight} requests open at once.
 *
 * <p>No thread of its own and no waiting for a batch to fill: a caller whose message is queued when
 * a request slot is free posts it together with the messages queued behind it, so the first
 * requests of a backlog carry one message each and the batches grow while the slots are busy. Two
 * messages to one number never share a request (so a request id and a number name one message for
 * the carrier check, {@link SensResultLookup}).
 *
 * <p>What one request's answer means for each of its messages:
 *
 * <ul>
 *   <li>202: every message accepted, under the request's one id.
 *   <li>401/403: every message {@code Unauthorized} (nothing sent; the cycle stops sending).
 *   <li>another 4xx: SENS refused the whole request, so none was sent; a batch is split in halves
 *       and each half sent again, down to the message SENS refuses alone ({@code Rejected}), so one
 *       bad message never fails its neighbours.
 *   <li>429, 5xx, no connection: retried as one request ({@link SensSmsSender}'s policy), then
 *       every message {@code Failed} (claims released, counted, retried next cycle).
 *   <li>no answer after the request left (timeout, dropped connection): every message of that
 *       request {@code Uncertain} (claims kept, never sent again by a cycle); messages of other
 *       requests are not affected.
 * </ul>
 *
 * <p>Messages of another channel, and every message while the kill switch is not {@code LIVE}, go
 * to the single sender as they are.
 */
public final class SensBatchSender implements MessageSender {
  /** SENS takes up to 100 recipients in one request's {@code messages[]}. */
  public static final int MAX_BATCH = 100;

  /** Requests open to SENS at once (issue 19: at most 8). */
  public static final int MAX_IN_FLIGHT = 8;

  private final SensSmsSender single;
  private final int batchSize;
  private final int requestsInFlight;
  private final Object lock = new Object();
  private final List<Waiting> queue = new ArrayList<>();
  private int inFlight;

  public SensBatchSender(SensSmsSender single, int batchSize, int requestsInFlight) {
    this.single = single;
    this.batchSize = batchSize;
    this.requestsInFlight = requestsInFlight;
  }

  @Override
  public SendResult send(Message message) {
    if (single.mode() != DeliveryMode.LIVE || !(message instanceof Message.Sms sms)) {
      return single.send(message);
    }
    Optional<String> problem = SensMessageCheck.problem(sms);
    if (problem.isPresent()) {
      return new SendResult.Rejected(0, problem.get());
    }
    Waiting me = new Waiting(sms, Key.of(sms));
    List<Waiting> batch;
    synchronized (lock) {
      queue.add(me);
      if (!awaitSlotOrResult(me)) {
        return me.result != null
            ? me.result
            : new SendResult.Failed("interrupted before the request left: not sent");
      }
      batch = take(me);
      inFlight++;
    }
    Map<Waiting, SendResult> results = new IdentityHashMap<>();
    try {
      post(batch, results);
    } finally {
      synchronized (lock) {
        inFlight--;
        for (Waiting w : batch) {
          w.result =
              results.getOrDefault(
                  w, new SendResult.Uncertain("the sending thread stopped before SENS answered"));
        }
        lock.notifyAll();
      }
    }
    return me.result;
  }

  /**
   * Under the lock: waits until {@code me} has its result (posted by another caller) or is still
   * queued with a request slot free. False when it has its result, or when interrupted while still
   * queued (then it is taken out: nothing left). A message already taken into a request is waited
   * for even when interrupted: a send in flight is never abandoned.
   */
  private boolean awaitSlotOrResult(Waiting me) {
    boolean interrupted = false;
    try {
      while (me.result == null && (me.taken || inFlight >= requestsInFlight)) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          interrupted = true;
          if (!me.taken) {
            queue.remove(me);
            return false;
          }
        }
      }
      return me.result == null;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Under the lock: {@code me} and the messages queued behind it that may share its request. */
  private List<Waiting> take(Waiting me) {
    List<Waiting> batch = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    batch.add(me);
    numbers.add(me.to());
    queue.remove(me);
    for (Iterator<Waiting> it = queue.iterator(); it.hasNext() && batch.size() < batchSize; ) {
      Waiting w = it.next();
      if (w.key.equals(me.key) && numbers.add(w.to())) {
        batch.add(w);
        it.remove();
      }
    }
    batch.forEach(w -> w.taken = true);
    return batch;
  }

  /** One request for {@code batch}; a refused batch is split in halves and each sent again. */
  private void post(List<Waiting> batch, Map<Waiting, SendResult> results) {
    SendResult result = single.post(SensJson.batchBody(batch.stream().map(w -> w.sms).toList()));
    if (result instanceof SendResult.Rejected && batch.size() > 1) {
      int half = batch.size() / 2;
      post(batch.subList(0, half), results);
      post(batch.subList(half, batch.size()), results);
      return;
    }
    batch.forEach(w -> results.put(w, result));
  }

  /** What the messages of one request share. */
  record Key(String type, String contentType, String from) {
    static Key of(Message.Sms sms) {
      return new Key(
          SensMessageCheck.typeOf(sms).name(), sms.contentType(), Phone.digits(sms.from()));
    }
  }

  /** One caller's message; its fields are guarded by the lock. */
  private static final class Waiting {
    final Message.Sms sms;
    final Key key;
    boolean taken;
    SendResult result;

    Waiting(Message.Sms sms, Key key) {
      this.sms = sms;
      this.key = key;
    }

    String to() {
      return Phone.digits(sms.to());
    }
  }

  /** Messages waiting for a request slot (tests). */
  int queued() {
    synchronized (lock) {
      return queue.size();
    }
  }
}
