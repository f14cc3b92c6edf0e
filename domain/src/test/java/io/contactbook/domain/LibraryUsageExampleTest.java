package io.contactbook.domain;

import io.contactbook.domain.contact.ChannelInput;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.IdentityKind;
import io.contactbook.domain.contact.PhoneNumber;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Another service reusing the domain as a plain library; the README's example is this class, line for line. */
class LibraryUsageExampleTest {

    @Test
    void normalisesAPhoneAndFindsADuplicate() {
        // One number written three ways: a number without + is read in the region given.
        PhoneNumber local = PhoneNumber.parse("(202) 555-0143", Optional.of("US"));
        PhoneNumber international = PhoneNumber.parse("+1 202-555-0143", Optional.empty());
        PhoneNumber dialledFromGermany = PhoneNumber.parse("00 1 202 555 0143", Optional.of("DE"));
        assertThat(List.of(local, international, dialledFromGermany))
                .extracting(PhoneNumber::value).containsOnly("+12025550143");
        assertThatThrownBy(() -> PhoneNumber.parse("555-0143", Optional.empty())).isInstanceOf(InvalidValue.class);

        // Two contacts from different inputs: one from a CRM import, one from a WhatsApp message.
        WorkspaceId workspace = WorkspaceId.of(UUID.randomUUID());
        ContactPolicy inUs = new ContactPolicy(new WorkspaceSettings(Optional.of("US"), false), Map.of());
        Contact fromCrm = Contact.create(ContactId.generate(), workspace, ContactChanges.builder()
                .name(Change.to("Ada Lovelace")).email(Change.to(" Ada@Example.COM ")).build(), inUs, Instant.now());
        Contact fromWhatsApp = Contact.create(ContactId.generate(), workspace, ContactChanges.builder()
                .phone(Change.to("202 555 0143"))
                .channels(Change.to(List.of(new ChannelInput("email", "ada@example.com")))).build(), inUs, Instant.now());

        // The dedup rule: an identity belongs to at most one contact, so sharing one makes them duplicates.
        assertThat(fromCrm.identitiesSharedWith(fromWhatsApp))
                .containsExactly(new Identity(IdentityKind.EMAIL, "ada@example.com"));
    }
}
