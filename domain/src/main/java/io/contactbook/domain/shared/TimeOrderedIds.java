package io.contactbook.domain.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.util.UUID;

/**
 * UUIDv7 (RFC 9562): ids that sort by creation time, so new rows land at the end of every index. Made by
 * java-uuid-generator (a well-kept library for a solved problem) rather than by hand.
 */
public final class TimeOrderedIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    /** {@return a new version 7 UUID, later than every one this JVM made before} */
    public static UUID next() {
        return GENERATOR.generate();
    }
}
