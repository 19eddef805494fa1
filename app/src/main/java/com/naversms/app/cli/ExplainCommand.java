package com.naversms.app.cli;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import com.naversms.core.cycle.LivePreview.Outcome;
import com.naversms.formats.plan.PlanJson;
import com.naversms.formats.snapshot.Snapshot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code naver-sms explain --booking BOOKING_NUM | --phone PHONE}: "why did this customer get
 * nothing?". Fetches the booking live as a cycle at {@code --at} would (the stored session, read
 * only; {@code --login} lets it sign in), reads its record and prints every rule's verdict for it.
 * Sends and writes nothing. Exit 0 when the booking was explained, 1 when a cycle would not see it
 * (or a store could not be fetched), 2 on bad usage or when no stored session works.
 */
@Command(
    name = "explain",
    description =
        "Why a booking got (or did not get) its messages: fetches it live, read only, and prints"
            + " every rule's verdict for it. Sends and writes nothing.",
    mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Which which;

  static final class Which {
    @Option(
        names = "--booking",
        paramLabel = "BOOKING_NUM",
        description = "the booking as the records key it: {storeId}_{bookingId}, e.g. 1000001_93")
    String booking;

    @Option(
        names = "--phone",
        paramLabel = "PHONE",
        description = "every booking of this phone: the last 4 digits or the whole number")
    String phone;
  }

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = "the cycle's instant, ISO-8601 with offset (default: now)")
  String at;

  @Option(
      names = "--login",
      description = "sign in when the stored session does not work, and store the new session")
  boolean login;

  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config)")
  Path config;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    List<String> bad = new ArrayList<>();
    Instant when = at == null ? Instant.now() : Snapshot.parseAt(at, bad);
    Predicate<String> stores = id -> true;
    Predicate<Booking> match;
    String wanted;
    if (which.booking != null) {
      String num = which.booking.strip();
      if (!num.matches("[0-9]+_[0-9]+")) {
        bad.add("--booking: '" + num + "' is not {storeId}_{bookingId}, e.g. 1000001_9300000001");
      }
      String store = num.split("_", 2)[0];
      stores = store::equals;
      match = b -> b.bookingNum().equals(num);
      wanted = "booking " + num;
    } else {
      String digits = Phone.digits(which.phone);
      if (digits.length() != 4 && digits.length() < 8) {
        bad.add("--phone: give the last 4 digits or the whole number");
      }
      match =
          b ->
              digits.length() == 4
                  ? Phone.last4(b.phone()).equals(digits)
                  : b.phone().equals(digits);
      wanted = "phone " + (digits.length() == 4 ? "…" + digits : Phone.masked(digits));
    }
    if (!bad.isEmpty()) {
      bad.forEach(m -> err.println("naver-sms explain: " + m));
      err.flush();
      return 2;
    }
    LiveLook look = LiveLook.fetch(config, login, when, stores, err);
    if (look.previewed() == null) {
      err.flush();
      return look.exitCode();
    }
    Outcome.Previewed seen = look.previewed();
    List<Booking> found = seen.bookings().stream().filter(match).toList();
    out.println("Explained at " + PlanJson.at(seen.plan()) + " (nothing sent or written)");
    if (found.isEmpty()) {
      out.println(
          "No "
              + wanted
              + " among the bookings a cycle at this time fetches ("
              + seen.bookings().size()
              + " fetched: RC03 confirmed bookings from today to 30 days ahead, RC08 completed"
              + " ones of records still waiting for their option message), so no rule sees it."
              + " It may be cancelled, past, further ahead, or of a store not configured.");
      out.flush();
      err.flush();
      return 1;
    }
    for (Booking b : found) {
      out.println();
      out.print(
          BookingVerdicts.render(b, seen.records(), seen.plan(), look.configuration().rules()));
    }
    out.flush();
    err.flush();
    return seen.failures().isEmpty() ? 0 : 1;
  }
}
