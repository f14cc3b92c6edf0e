package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7() {
        assertThat(TimeOrderedIds.next().version()).isEqualTo(7);
    }

    @Test
    void idsAreOfTheRfcVariant() {
        assertThat(TimeOrderedIds.next().variant()).isEqualTo(2);
    }

    @Test
    void idsCarryTheMillisecondTheyWereMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        // A burst of more ids than a millisecond's counter holds borrows the next milliseconds; allow for that.
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after + 1000);
    }

    @Test
    void eachIdSortsAfterThePreviousOne() {
        // Many ids share a millisecond, so this also checks the order within one.
        UUID previous = TimeOrderedIds.next();
        for (int i = 0; i < 10_000; i++) {
            UUID next = TimeOrderedIds.next();
            assertThat(next.toString()).isGreaterThan(previous.toString());
            previous = next;
        }
    }
}
