package com.naversms.core.fakes;

import com.naversms.core.booking.Phone;
import com.naversms.core.optout.OptOutList;
import com.naversms.core.optout.OptOutStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@link OptOutStore} in memory; passes the same contract as the SQLite and DynamoDB stores. */
public final class InMemoryOptOutStore implements OptOutStore {
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  @Override
  public synchronized OptOutList load() {
    return new OptOutList(entries.keySet());
  }

  @Override
  public synchronized List<Entry> entries() {
    return entries.values().stream().sorted(OptOutStore.OLDEST_FIRST).toList();
  }

  @Override
  public synchronized boolean add(Entry entry) {
    return entries.putIfAbsent(entry.phone(), entry) == null;
  }

  @Override
  public synchronized boolean remove(String phone) {
    return entries.remove(Phone.digits(phone)) != null;
  }
}
