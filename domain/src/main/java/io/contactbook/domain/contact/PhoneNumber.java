package io.contactbook.domain.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.contactbook.domain.shared.InvalidValue;

import java.util.Optional;

/**
 * A phone number in E.164 ({@code +15550123456}), the form in which phones are stored and compared.
 * A number written without {@code +} is read in the workspace's default region; without one it cannot be read.
 * Parsing is libphonenumber's: numbers that are possible by length for their region are accepted.
 */
public record PhoneNumber(String value) {

    /** The most characters a number may have as written. */
    public static final int MAX_INPUT_LENGTH = 50;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /**
     * A number already in E.164; {@link #parse} reads one as a client wrote it.
     *
     * @param value the number in E.164, e.g. {@code +15550123456}
     * @throws InvalidValue if it is null, not in E.164 or not a possible number
     */
    public PhoneNumber {
        if (value == null || !value.startsWith("+") || !value.equals(read(value, Optional.empty()))) {
            throw new InvalidValue("must be a phone number in E.164");
        }
    }

    /**
     * {@return the number a client wrote, in E.164}
     *
     * @param raw           the number as sent, e.g. {@code (555) 012-3456} or {@code +1 555 012 3456}
     * @param defaultRegion the region (ISO 3166 alpha-2, e.g. {@code US}) a number without {@code +} is read in
     * @throws InvalidValue if it is blank, longer than {@link #MAX_INPUT_LENGTH}, has no {@code +} while there is
     *                      no default region, cannot be read or is not a possible number
     */
    public static PhoneNumber parse(String raw, Optional<String> defaultRegion) {
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValue("must be at most " + MAX_INPUT_LENGTH + " characters");
        }
        if (trimmed.isEmpty()) {
            throw new InvalidValue("must be a phone number");
        }
        if (!trimmed.startsWith("+") && defaultRegion.isEmpty()) {
            throw new InvalidValue("must start with + and the country code (the workspace has no default phone region)");
        }
        return new PhoneNumber(read(trimmed, defaultRegion));
    }

    /**
     * {@return whether {@code region} is a region libphonenumber knows, e.g. {@code US} or {@code DE}}
     *
     * @param region an upper-case ISO 3166 alpha-2 code, possibly null
     */
    public static boolean isKnownRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region);
    }

    private static String read(String text, Optional<String> defaultRegion) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, defaultRegion.orElse("ZZ"));
            if (!UTIL.isPossibleNumber(number)) {
                throw new InvalidValue("is not a possible phone number");
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException unreadable) {
            throw new InvalidValue("must be a phone number");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
