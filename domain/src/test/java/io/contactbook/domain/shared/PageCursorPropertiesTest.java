package io.contactbook.domain.shared;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PageCursorPropertiesTest {

    // Lengths are bounded so that every generated cursor stays under the 4096 characters decode accepts.

    @Property
    void decodesWhatItEncoded(@ForAll @StringLength(max = 100) String binding,
                              @ForAll @Size(max = 5) List<@StringLength(max = 100) String> position) {
        PageCursor cursor = new PageCursor(binding, position);

        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Property
    void anEditedCharacterIsRejectedOrChangesNothing(
            @ForAll @StringLength(max = 100) String binding,
            @ForAll @Size(max = 5) List<@StringLength(max = 100) String> position,
            @ForAll @IntRange(max = 10_000) int where,
            @ForAll @AlphaChars @NumericChars @Chars({'-', '_'}) char replacement) {
        PageCursor cursor = new PageCursor(binding, position);
        String encoded = cursor.encode();
        int index = where % encoded.length();
        String edited = encoded.substring(0, index) + replacement + encoded.substring(index + 1);

        Throwable thrown = catchThrowable(() -> {
            // The checksum catches any change of the bytes; only the unused low bits of the last
            // character can change without changing a byte, and then the cursor is the same.
            assertThat(PageCursor.decode(edited)).isEqualTo(cursor);
        });

        assertThat(thrown).satisfiesAnyOf(
                error -> assertThat(error).isNull(),
                error -> assertThat(error).isInstanceOf(InvalidValue.class));
    }
}
