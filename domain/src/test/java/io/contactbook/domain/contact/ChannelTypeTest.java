package io.contactbook.domain.contact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelTypeTest {

    @Test
    void clientsUseTheSpecsNames() {
        assertThat(ChannelType.values()).extracting(ChannelType::wireName)
                .containsExactly("email", "phone", "instagram", "whatsapp", "messenger", "telegram", "custom");
    }

    @ParameterizedTest
    @EnumSource(ChannelType.class)
    void readsEveryWireName(ChannelType type) {
        assertThat(ChannelType.fromWireName(type.wireName())).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms", "EMAIL", "Email", " email", ""})
    void knowsNoOtherName(String name) {
        assertThat(ChannelType.fromWireName(name)).isEmpty();
    }

    @Test
    void everyChannelTypeIsAnIdentityKind() {
        for (ChannelType type : ChannelType.values()) {
            assertThat(IdentityKind.valueOf(type.name()).wireName()).isEqualTo(type.wireName());
        }
    }
}
