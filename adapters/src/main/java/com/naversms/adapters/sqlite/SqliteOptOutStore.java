package com.naversms.adapters.sqlite;

import com.naversms.core.booking.Phone;
import com.naversms.core.optout.OptOutList;
import com.naversms.core.optout.OptOutStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table {@code sms_optouts} of the state file: {@code phone} (digits, the key), {@code
 * added_at} (ISO-8601 instant), {@code note}, {@code source}. A file opened read-only before the
 * table existed has an empty list.
 */
public final class SqliteOptOutStore implements OptOutStore {
  private static final String TABLE = "sms_optouts";
  private final SqliteDatabase db;

  public SqliteOptOutStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public OptOutList load() {
    return new OptOutList(entries().stream().map(Entry::phone).collect(Collectors.toSet()));
  }

  @Override
  public List<Entry> entries() {
    List<Entry> entries =
        db.read(
            "read the opt-out list",
            c -> {
              List<Entry> out = new ArrayList<>();
              if (!SqliteDatabase.hasTable(c, TABLE)) {
                return out;
              }
              try (PreparedStatement s =
                      c.prepareStatement("SELECT phone, added_at, note, source FROM " + TABLE);
                  ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  out.add(
                      new Entry(
                          rs.getString(1),
                          Instant.parse(rs.getString(2)),
                          rs.getString(3),
                          rs.getString(4)));
                }
              }
              return out;
            });
    return entries.stream().sorted(OLDEST_FIRST).toList();
  }

  @Override
  public boolean add(Entry entry) {
    return db.write(
        "add to the opt-out list",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO "
                      + TABLE
                      + " (phone, added_at, note, source) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (phone) DO NOTHING")) {
            s.setString(1, entry.phone());
            s.setString(2, entry.addedAt().toString());
            s.setString(3, entry.note());
            s.setString(4, entry.source());
            return s.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean remove(String phone) {
    return db.write(
        "remove from the opt-out list",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM " + TABLE + " WHERE phone = ?")) {
            s.setString(1, Phone.digits(phone));
            return s.executeUpdate() == 1;
          }
        });
  }
}
