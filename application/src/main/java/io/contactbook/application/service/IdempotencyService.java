package io.contactbook.application.service;

import io.contactbook.application.port.in.IdempotencyUseCase;
import io.contactbook.application.port.out.IdempotencyRecords;
import io.contactbook.application.port.out.IdempotencyRecords.IdempotencyRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Idempotency keys as Stripe has them: a key holds the first answer for 24 hours, client errors included;
 * a request that failed on our side keeps nothing, so that a retry runs again.
 */
public class IdempotencyService implements IdempotencyUseCase {

    static final Duration RETENTION = Duration.ofHours(24);
    /** Small enough that one clean-up transaction stays short, however many keys expired at once. */
    public static final int EXPIRED_BATCH = 1000;

    private final IdempotencyRecords records;
    private final Clock clock;

    public IdempotencyService(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Begin begin(IdempotentRequest request) {
        Instant now = clock.instant();
        byte[] fingerprint = request.fingerprint();
        if (records.claim(request.workspace(), request.key(), fingerprint, now, now.plus(RETENTION))) {
            return new Begun();
        }
        // Absent here means the holder released the key a moment ago: the client may simply retry.
        return records.find(request.workspace(), request.key(), now)
                .map(record -> outcome(record, fingerprint))
                .orElseGet(InFlight::new);
    }

    @Override
    public void complete(IdempotentRequest request, StoredAnswer answer) {
        records.complete(request.workspace(), request.key(), answer);
    }

    @Override
    public void release(IdempotentRequest request) {
        records.release(request.workspace(), request.key());
    }

    @Override
    public int forgetExpired() {
        return records.deleteExpired(clock.instant(), EXPIRED_BATCH);
    }

    private static Begin outcome(IdempotencyRecord record, byte[] fingerprint) {
        if (!Arrays.equals(record.requestHash(), fingerprint)) {
            return new Reused();
        }
        return record.inFlight() ? new InFlight() : new Replay(record.answer());
    }
}
