package io.contactbook.domain.access;

import io.contactbook.domain.shared.InvalidValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of an API key, {@code cb_live_} followed by 192 random bits. Only its SHA-256 hash is ever stored:
 * the secret has enough entropy that a fast hash cannot be searched, so no slow password hash is needed.
 */
public final class ApiKeySecret {

    /** What every key starts with, so a leaked key is easy to recognise. */
    public static final String PREFIX = "cb_live_";
    private static final int RANDOM_BYTES = 24;
    private static final int MIN_RANDOM_CHARACTERS = 22; // 22 base64url characters carry 132 bits
    private static final int MAX_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    /** {@return a new random key} */
    public static ApiKeySecret generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /**
     * {@return a key an operator chose (the bootstrap key)} It must look like a generated one.
     *
     * @param value the key
     * @throws InvalidValue if it is not {@link #PREFIX} and at least 22 characters of {@code [A-Za-z0-9_-]}
     */
    public static ApiKeySecret parse(String value) {
        if (!looksLikeKey(value)) {
            throw new InvalidValue("must be " + PREFIX + " followed by at least " + MIN_RANDOM_CHARACTERS
                    + " characters of [A-Za-z0-9_-]");
        }
        return new ApiKeySecret(value);
    }

    /**
     * {@return whether a presented string has the shape of a key} Anything else need not be looked up.
     *
     * @param value the presented string, possibly null
     */
    public static boolean looksLikeKey(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() >= PREFIX.length() + MIN_RANDOM_CHARACTERS
                && value.length() <= MAX_LENGTH && value.chars().skip(PREFIX.length()).allMatch(ApiKeySecret::isKeyCharacter);
    }

    /**
     * {@return the SHA-256 of a presented key, the only form in which keys are stored and compared}
     *
     * @param presented the key as a client presented it
     */
    public static byte[] hash(String presented) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", missing);
        }
    }

    /** {@return the SHA-256 of this key, as {@link #hash(String)}} */
    public byte[] hash() {
        return hash(value);
    }

    /** {@return the plain key} It is shown once, to whoever created it, and never logged. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }

    private static boolean isKeyCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
