package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCursorTest {

    private static final PageCursor CURSOR =
            new PageCursor("sort=name:asc;tag=vip", List.of("Mary Ann Smith", "0190a4c2-7e11-7c3a-9f00-5c2b1d0e4a77"));

    @Test
    void decodesWhatItEncoded() {
        assertThat(PageCursor.decode(CURSOR.encode())).isEqualTo(CURSOR);
    }

    @Test
    void roundTripsAnEmptyBindingAndPosition() {
        PageCursor empty = new PageCursor("", List.of());

        assertThat(PageCursor.decode(empty.encode())).isEqualTo(empty);
    }

    @Test
    void encodesToUrlSafeTextWithoutPadding() {
        assertThat(CURSOR.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void theBindingIsPartOfTheCursor() {
        PageCursor otherFilters = new PageCursor("sort=name:asc;tag=lead", CURSOR.position());

        assertThat(otherFilters.encode()).isNotEqualTo(CURSOR.encode());
        assertThat(PageCursor.decode(otherFilters.encode()).binding()).isEqualTo("sort=name:asc;tag=lead");
    }

    @Test
    void rejectsAnEditedCharacter() {
        String encoded = CURSOR.encode();
        int middle = encoded.length() / 2;
        char edited = encoded.charAt(middle) == 'A' ? 'B' : 'A';

        assertInvalid(encoded.substring(0, middle) + edited + encoded.substring(middle + 1));
    }

    @Test
    void rejectsACursorWhoseBindingWasEditedWithoutItsChecksum() {
        byte[] raw = Base64.getUrlDecoder().decode(CURSOR.encode());
        // After the format byte and the two length bytes comes the binding's first letter: 's' becomes 'r'.
        raw[3] ^= 1;

        assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
    }

    @Test
    void rejectsEveryTruncation() {
        String encoded = CURSOR.encode();
        for (int length = 1; length < encoded.length(); length++) {
            assertInvalid(encoded.substring(0, length));
        }
    }

    @Test
    void rejectsAnAppendedCharacter() {
        assertInvalid(CURSOR.encode() + "A");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not a cursor", "%%%%", "AAAA", "AAAAAAAAAAAA", "eyJpZCI6IjEyMyJ9", "====="})
    void rejectsGarbage(String garbage) {
        assertInvalid(garbage);
    }

    @Test
    void rejectsATextLongerThanAnyCursorItWrites() {
        assertInvalid("A".repeat(4097));
    }

    // The next two build cursors with a correct checksum, so the checks behind the checksum are reached.

    @Test
    void rejectsAnotherFormatVersion() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(2);
            out.writeUTF("sort=name:asc");
            out.writeShort(0);
        }

        assertInvalid(withChecksum(bytes.toByteArray()));
    }

    @Test
    void rejectsBytesAfterTheLastPositionValue() {
        byte[] raw = Base64.getUrlDecoder().decode(CURSOR.encode());
        byte[] payload = Arrays.copyOf(raw, raw.length - Integer.BYTES);
        byte[] payloadWithExtraByte = Arrays.copyOf(payload, payload.length + 1);

        assertInvalid(withChecksum(payloadWithExtraByte));
    }

    @Test
    void positionIsAnImmutableCopy() {
        List<String> position = new ArrayList<>(List.of("a"));
        PageCursor cursor = new PageCursor("binding", position);

        position.add("b");

        assertThat(cursor.position()).containsExactly("a");
        assertThatThrownBy(() -> cursor.position().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requiresABinding() {
        assertThatNullPointerException().isThrownBy(() -> new PageCursor(null, List.of()));
    }

    private static void assertInvalid(String encoded) {
        assertThatThrownBy(() -> PageCursor.decode(encoded))
                .as("decoding %s", encoded)
                .isInstanceOf(InvalidValue.class)
                .hasMessage("is not a valid cursor");
    }

    private static String withChecksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        byte[] raw = ByteBuffer.allocate(payload.length + Integer.BYTES)
                .put(payload)
                .putInt((int) crc.getValue())
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
