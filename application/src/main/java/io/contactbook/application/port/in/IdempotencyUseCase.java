package io.contactbook.application.port.in;

import io.contactbook.domain.shared.WorkspaceId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes a retried write safe (SPEC §4 Reliability): a request sent again with the same {@code Idempotency-Key}
 * gets the first answer instead of running twice. {@link #begin} claims the key before the write runs,
 * {@link #complete} keeps the answer, {@link #release} frees the key when the answer must not be kept.
 */
public interface IdempotencyUseCase {

    Begin begin(IdempotentRequest request);

    /** Keeps the answer of a request that {@link #begin} let run, to replay it for 24 hours. */
    void complete(IdempotentRequest request, StoredAnswer answer);

    /** Frees the key of a request that failed on our side, so that the client's retry runs again. */
    void release(IdempotentRequest request);

    /** Forgets a batch of keys older than 24 hours; the number forgotten. */
    int forgetExpired();

    /** What {@link #begin} found: the request may run, or it already has an answer, or it cannot run now. */
    sealed interface Begin {
    }

    /** The key is now this request's: run it, then {@link #complete} or {@link #release}. */
    record Begun() implements Begin {
    }

    /** The same request ran before: answer what it answered. */
    record Replay(StoredAnswer answer) implements Begin {
    }

    /** The same request is still running under this key. */
    record InFlight() implements Begin {
    }

    /** The key was used for another request. */
    record Reused() implements Begin {
    }

    /**
     * A write under an idempotency key: the key is the client's (1 to 255 printable ASCII characters) and scoped
     * to the workspace; method, path and body bytes tell the same request from another one.
     */
    record IdempotentRequest(WorkspaceId workspace, String key, String method, String path, byte[] body) {

        private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]{1,255}");

        public IdempotentRequest {
            Objects.requireNonNull(workspace, "workspace");
            if (key == null || !PRINTABLE_ASCII.matcher(key).matches()) {
                throw new InvalidQuery("Idempotency-Key", "must be 1 to 255 printable ASCII characters");
            }
            body = body.clone();
        }

        /** The SHA-256 of method, path and body: what is compared when the key comes again. */
        public byte[] fingerprint() {
            MessageDigest sha256 = sha256();
            sha256.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
            return sha256.digest(body);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException everyJavaHasIt) {
                throw new IllegalStateException(everyJavaHasIt);
            }
        }
    }

    /** The first answer as sent: status, body, and the headers a replay repeats (Location, ETag). */
    record StoredAnswer(int status, String body, Map<String, String> headers) {
        public StoredAnswer {
            headers = Map.copyOf(headers);
        }
    }
}
