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

    public static final int MAX_INPUT_LENGTH = 50;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (value == null || !value.startsWith("+") || !value.equals(read(value, Optional.empty()))) {
            throw new InvalidValue("must be a phone number in E.164");
        }
    }

    /** Reads a number as a client wrote it, in {@code defaultRegion} (ISO 3166 alpha-2) when it has no {@code +}. */
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

    /** Whether {@code region} is a region libphonenumber knows, e.g. {@code US} or {@code DE}. */
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
