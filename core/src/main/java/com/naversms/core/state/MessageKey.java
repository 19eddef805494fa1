package com.naversms.core.state;

/** One message that must go at most once: a booking's record and the flag its delivery sets. */
public record MessageKey(RecordKey record, String flag) {}
