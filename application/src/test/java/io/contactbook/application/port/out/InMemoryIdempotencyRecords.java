package io.contactbook.application.port.out;

import io.contactbook.application.port.in.IdempotencyUseCase.StoredAnswer;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** {@link IdempotencyRecords} in a map, with the adapter's rule that an expired record counts as absent. */
public class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private record Slot(WorkspaceId workspace, String key) {
    }

    private record Entry(IdempotencyRecord record, Instant expiresAt) {
    }

    private final Map<Slot, Entry> entries = new HashMap<>();

    @Override
    public synchronized boolean claim(WorkspaceId workspace, String key, byte[] requestHash, Instant now,
                                      Instant expiresAt) {
        Slot slot = new Slot(workspace, key);
        Entry held = entries.get(slot);
        if (held != null && !held.expiresAt().isBefore(now)) {
            return false;
        }
        entries.put(slot, new Entry(new IdempotencyRecord(requestHash, null), expiresAt));
        return true;
    }

    @Override
    public synchronized Optional<IdempotencyRecord> find(WorkspaceId workspace, String key, Instant now) {
        return Optional.ofNullable(entries.get(new Slot(workspace, key)))
                .filter(entry -> !entry.expiresAt().isBefore(now))
                .map(Entry::record);
    }

    @Override
    public synchronized void complete(WorkspaceId workspace, String key, StoredAnswer answer) {
        entries.computeIfPresent(new Slot(workspace, key), (slot, entry) -> entry.record().inFlight()
                ? new Entry(new IdempotencyRecord(entry.record().requestHash(), answer), entry.expiresAt())
                : entry);
    }

    @Override
    public synchronized void release(WorkspaceId workspace, String key) {
        entries.computeIfPresent(new Slot(workspace, key), (slot, entry) -> entry.record().inFlight() ? null : entry);
    }

    @Override
    public synchronized int deleteExpired(Instant now, int batch) {
        int deleted = 0;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext() && deleted < batch; ) {
            if (it.next().expiresAt().isBefore(now)) {
                it.remove();
                deleted++;
            }
        }
        return deleted;
    }

    public synchronized int size() {
        return entries.size();
    }
}
