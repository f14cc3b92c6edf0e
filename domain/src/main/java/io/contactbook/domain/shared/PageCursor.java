package io.contactbook.domain.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * An opaque keyset cursor: the sort key of the last row a client saw, bound to the filters and sort
 * that produced it (the {@code binding}). The checksum catches a cursor that was cut or edited; it is
 * not a signature, and needs none: a cursor only ever reads the caller's own workspace.
 */
public record PageCursor(String binding, List<String> position) {

    private static final byte FORMAT = 1;
    private static final int MAX_ENCODED_LENGTH = 4096;

    /**
     * A cursor at {@code position} under {@code binding}.
     *
     * @param binding  what the filters and sort that produced the page are, in any stable textual form
     * @param position the sort key of the last row seen, one string per sort column
     * @throws NullPointerException if {@code binding} or {@code position} is null
     */
    public PageCursor {
        Objects.requireNonNull(binding, "binding");
        position = List.copyOf(position);
    }

    /** {@return the cursor as a client carries it: URL-safe base64 without padding, with a checksum} */
    public String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(binding);
            out.writeShort(position.size());
            for (String value : position) {
                out.writeUTF(value);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        byte[] payload = bytes.toByteArray();
        byte[] withChecksum = Arrays.copyOf(payload, payload.length + Integer.BYTES);
        ByteBuffer.wrap(withChecksum, payload.length, Integer.BYTES).putInt(checksum(payload));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(withChecksum);
    }

    /**
     * {@return the cursor a client sent back} Anything that is not one {@link #encode()} wrote is refused.
     *
     * @param encoded the cursor as the client sent it
     * @throws InvalidValue if it is empty, too long, cut, edited or of another format
     */
    public static PageCursor decode(String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
            throw new InvalidValue("is not a valid cursor");
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(encoded);
            if (raw.length <= Integer.BYTES) {
                throw new InvalidValue("is not a valid cursor");
            }
            byte[] payload = Arrays.copyOf(raw, raw.length - Integer.BYTES);
            int expected = ByteBuffer.wrap(raw, payload.length, Integer.BYTES).getInt();
            if (expected != checksum(payload)) {
                throw new InvalidValue("is not a valid cursor");
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            if (in.readByte() != FORMAT) {
                throw new InvalidValue("is not a valid cursor");
            }
            String binding = in.readUTF();
            int size = in.readShort();
            List<String> position = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                position.add(in.readUTF());
            }
            if (in.available() > 0) {
                throw new InvalidValue("is not a valid cursor");
            }
            return new PageCursor(binding, position);
        } catch (IllegalArgumentException | IOException malformed) {
            throw new InvalidValue("is not a valid cursor");
        }
    }

    private static int checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }
}
