package com.naversms.formats.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.naver.BookingJson;
import com.naversms.adapters.naver.BookingRead;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.config.ShippedConfigTest;
import com.naversms.core.rules.Configuration;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's snapshot files read as documented and fit the shipped config. */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void exampleBookings_readAllButTheOneWithoutPhone() {
    BookingRead read = BookingJson.readFile(EXAMPLES.resolve("bookings.json"));
    Configuration config = ConfigLoader.load(ShippedConfigTest.SHIPPED);

    assertThat(read.bookings()).hasSize(8);
    assertThat(read.problems())
        .extracting(BookingProblem::bookingId, BookingProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("9100000008", "phone"));
    assertThat(read.bookings())
        .allSatisfy(b -> assertThat(config.stores().byId(b.storeId())).isPresent());
    assertThat(read.bookings()).extracting(Booking::statusCode).contains("RC03", "RC08");
    Booking lateUtc =
        read.bookings().stream()
            .filter(b -> b.bookingId() == 9100000009L)
            .findFirst()
            .orElseThrow();
    assertThat(lateUtc.startLocal().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 28));
  }

  @Test
  void exampleRecords_readInTheLegacyShape() {
    RecordRead read = RecordJson.readFile(EXAMPLES.resolve("records.json"));

    assertThat(read.problems()).isEmpty();
    assertThat(read.records()).hasSize(4);
    assertThat(read.records().get(0).confirmSms()).isTrue();
  }
}
