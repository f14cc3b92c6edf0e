package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelTest {

    private static final Optional<String> NO_REGION = Optional.empty();

    @Test
    void anEmailChannelIsNormalisedAsAnEmail() {
        Channel channel = Channel.parse(ChannelType.EMAIL, " Jane@Example.com ", NO_REGION);

        assertThat(channel).isEqualTo(new Channel(ChannelType.EMAIL, "jane@example.com"));
        assertThat(channel.identity()).isEqualTo(new Identity(IdentityKind.EMAIL, "jane@example.com"));
    }

    @Test
    void aPhoneChannelIsReadInTheDefaultRegion() {
        Channel channel = Channel.parse(ChannelType.PHONE, "(555) 012-3456", Optional.of("US"));

        assertThat(channel).isEqualTo(new Channel(ChannelType.PHONE, "+15550123456"));
        assertThat(channel.identity()).isEqualTo(new Identity(IdentityKind.PHONE, "+15550123456"));
    }

    @Test
    void anInvalidEmailOrPhoneIsRejectedAsTheFieldWouldBe() {
        assertThatThrownBy(() -> Channel.parse(ChannelType.EMAIL, "not an address", NO_REGION))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Channel.parse(ChannelType.PHONE, "5550123456", NO_REGION))
                .isInstanceOf(InvalidValue.class);
    }

    @ParameterizedTest
    @EnumSource(value = ChannelType.class, names = {"EMAIL", "PHONE"}, mode = EnumSource.Mode.EXCLUDE)
    void aHandleIsTrimmedAndKeepsItsCaseButItsIdentityIsLowerCase(ChannelType type) {
        Channel channel = Channel.parse(type, "  @Jane.Doe  ", NO_REGION);

        assertThat(channel.value()).isEqualTo("@Jane.Doe");
        assertThat(channel.identity()).isEqualTo(new Identity(IdentityKind.valueOf(type.name()), "@jane.doe"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsABlankHandle(String raw) {
        assertThatThrownBy(() -> Channel.parse(ChannelType.TELEGRAM, raw, NO_REGION))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("must not be blank");
    }

    @Test
    void acceptsAHandleOf255Characters() {
        String handle = "h".repeat(255);

        assertThat(Channel.parse(ChannelType.CUSTOM, handle, NO_REGION).value()).isEqualTo(handle);
    }

    @Test
    void rejectsAHandleOf256Characters() {
        assertThatThrownBy(() -> Channel.parse(ChannelType.CUSTOM, "h".repeat(256), NO_REGION))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("must be at most 255 characters");
    }
}
