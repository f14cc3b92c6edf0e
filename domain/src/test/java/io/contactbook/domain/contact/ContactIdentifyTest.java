package io.contactbook.domain.contact;

import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.tag.Tag;
import io.contactbook.domain.tag.Tags;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The identify rules: which identity finds a person first, and how an inbound message fills a known contact. */
class ContactIdentifyTest {

    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.fromString("0190a4c2-0000-7000-8000-000000000001"));
    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-18T09:15:00Z");

    @Test
    void matchOrderIsExternalIdThenEmailThenPhoneThenChannels() {
        Contact arrival = contact(input -> input
                .channels(Change.to(List.of(new ChannelInput("telegram", "@Jane"))))
                .phone(Change.to("+15550123456"))
                .email(Change.to("jane@example.com"))
                .externalId(Change.to("crm-1")));

        assertThat(arrival.identitiesInMatchOrder()).containsExactly(
                entry(new Identity(IdentityKind.EXTERNAL_ID, "crm-1"), MatchedBy.EXTERNAL_ID),
                entry(new Identity(IdentityKind.EMAIL, "jane@example.com"), MatchedBy.EMAIL),
                entry(new Identity(IdentityKind.PHONE, "+15550123456"), MatchedBy.PHONE),
                entry(new Identity(IdentityKind.TELEGRAM, "@jane"), MatchedBy.CHANNEL));
    }

    @Test
    void anEmailChannelFindsAsAChannelOnlyWhenThereIsNoEmailField() {
        Contact arrival = contact(input -> input
                .channels(Change.to(List.of(new ChannelInput("email", "jane@example.com")))));

        assertThat(arrival.identitiesInMatchOrder())
                .containsExactly(entry(new Identity(IdentityKind.EMAIL, "jane@example.com"), MatchedBy.CHANNEL));
    }

    @Test
    void fillsOnlyWhatIsEmptyAndNeverOverwrites() {
        Contact known = contact(input -> input.firstName(Change.to("Jane")).companyName(Change.to("Acme")));
        Contact arrival = contact(input -> input.firstName(Change.to("Janet")).lastName(Change.to("Doe"))
                .companyName(Change.to("Other")).email(Change.to("jane@example.com")).source(Change.to("widget")));

        Contact filled = known.fillEmpty(arrival, Set.of(), NOW);

        assertThat(filled.firstName()).isEqualTo("Jane");
        assertThat(filled.lastName()).isEqualTo("Doe");
        assertThat(filled.companyName()).isEqualTo("Acme");
        assertThat(filled.email()).isEqualTo(new EmailAddress("jane@example.com"));
        assertThat(filled.source()).isEqualTo("widget");
        assertThat(filled.id()).isEqualTo(known.id());
    }

    @Test
    void touchesLastActivityAndCountsAVersionEvenWhenNothingWasEmpty() {
        Contact known = contact(input -> input.email(Change.to("jane@example.com")));

        Contact touched = known.fillEmpty(contact(input -> input.email(Change.to("jane@example.com"))), Set.of(), NOW);

        assertThat(touched.lastActivity()).isEqualTo(NOW);
        assertThat(touched.updatedAt()).isEqualTo(NOW);
        assertThat(touched.createdAt()).isEqualTo(CREATED);
        assertThat(touched.version()).isEqualTo(known.version() + 1);
    }

    @Test
    void lastActivityNeverMovesBack() {
        Contact known = contact(input -> input.firstName(Change.to("Jane")))
                .withConversationSummary(1, NOW.plusSeconds(60), NOW);

        assertThat(known.fillEmpty(known, Set.of(), NOW).lastActivity()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void leavesOutIdentitiesThatAnotherContactHolds() {
        Contact known = contact(input -> input.externalId(Change.to("crm-1")));
        Contact arrival = contact(input -> input.externalId(Change.to("crm-1")).email(Change.to("taken@example.com"))
                .phone(Change.to("+15550123456"))
                .channels(Change.to(List.of(new ChannelInput("telegram", "@taken"), new ChannelInput("instagram", "@free")))));

        Contact filled = known.fillEmpty(arrival, Set.of(new Identity(IdentityKind.EMAIL, "taken@example.com"),
                new Identity(IdentityKind.TELEGRAM, "@taken")), NOW);

        assertThat(filled.email()).isNull();
        assertThat(filled.phone()).isEqualTo(new PhoneNumber("+15550123456"));
        assertThat(filled.channels()).containsExactly(new Channel(ChannelType.INSTAGRAM, "@free"));
    }

    @Test
    void tagsAndChannelsGainTheNewOnesInOrderWithoutRepeats() {
        Contact known = contact(input -> input.tags(Change.to(List.of("vip", "lead")))
                .channels(Change.to(List.of(new ChannelInput("telegram", "@Jane")))));
        Contact arrival = contact(input -> input.tags(Change.to(List.of("lead", "chat")))
                .channels(Change.to(List.of(new ChannelInput("telegram", "@jane"), new ChannelInput("whatsapp", "+15550123456")))));

        Contact filled = known.fillEmpty(arrival, Set.of(), NOW);

        assertThat(filled.tags()).extracting(Tag::value).containsExactly("vip", "lead", "chat");
        assertThat(filled.channels()).containsExactly(new Channel(ChannelType.TELEGRAM, "@Jane"),
                new Channel(ChannelType.WHATSAPP, "+15550123456"));
    }

    @Test
    void tagsBeyondTheLimitAreDropped() {
        List<String> fifty = IntStream.range(0, Tags.MAX_TAGS).mapToObj(i -> "tag" + i).toList();
        Contact known = contact(input -> input.firstName(Change.to("Jane")).tags(Change.to(fifty)));

        Contact filled = known.fillEmpty(contact(input -> input.firstName(Change.to("Jane")).tags(Change.to(List.of("one-more")))), Set.of(), NOW);

        assertThat(filled.tags()).hasSize(Tags.MAX_TAGS).extracting(Tag::value).doesNotContain("one-more");
    }

    @Test
    void metadataAndCustomAttributesGainOnlyMissingKeys() {
        Contact known = contact(input -> input.firstName(Change.to("Jane"))
                .metadata(Change.to(Map.of("plan", "gold")))
                .customAttributes(Change.to(Map.of("seats", 5))));
        Contact arrival = contact(input -> input.firstName(Change.to("Jane")).metadata(Change.to(Map.of("plan", "free", "locale", "de")))
                .customAttributes(Change.to(Map.of("seats", 1, "trial", true))));

        Contact filled = known.fillEmpty(arrival, Set.of(), NOW);

        assertThat(filled.metadata()).containsOnly(entry("plan", "gold"), entry("locale", "de"));
        assertThat(filled.customAttributes()).containsOnly(entry("seats", 5), entry("trial", true));
    }

    @Test
    void aMissingKeyThatWouldOutgrowTheMetadataLimitIsLeftOut() {
        String big = "x".repeat(Contact.MAX_JSON_BYTES - 100);
        Contact known = contact(input -> input.firstName(Change.to("Jane")).metadata(Change.to(Map.of("notes", big))));
        Contact arrival = contact(input -> input.firstName(Change.to("Jane")).metadata(Change.to(Map.of("more", big))));

        assertThat(known.fillEmpty(arrival, Set.of(), NOW).metadata()).containsOnlyKeys("notes");
    }

    @Test
    void flagsAreNeverChangedByAnInboundMessage() {
        Contact known = contact(input -> input.firstName(Change.to("Jane")).blocked(Change.to(true)));
        Contact arrival = contact(input -> input.firstName(Change.to("Jane")).blocked(Change.to(false)).botActive(Change.to(false)));

        Contact filled = known.fillEmpty(arrival, Set.of(), NOW);

        assertThat(filled.blocked()).isTrue();
        assertThat(filled.botActive()).isTrue();
    }

    @Test
    void theConversationSummaryMovesLastActivityForwardOnly() {
        Contact known = contact(input -> input.firstName(Change.to("Jane")));

        Contact talked = known.withConversationSummary(2, CREATED.minusSeconds(60), NOW);
        Contact later = known.withConversationSummary(3, NOW.plusSeconds(5), NOW);

        assertThat(talked.conversationCount()).isEqualTo(2);
        assertThat(talked.lastConversationAt()).isEqualTo(CREATED.minusSeconds(60));
        assertThat(talked.lastActivity()).isEqualTo(CREATED);
        assertThat(talked.version()).isEqualTo(known.version() + 1);
        assertThat(later.lastActivity()).isEqualTo(NOW.plusSeconds(5));
    }

    private static Contact contact(UnaryOperator<ContactChanges.Builder> input) {
        return Contact.create(ContactId.generate(), WORKSPACE, input.apply(ContactChanges.builder()).build(),
                ContactPolicy.DEFAULTS, CREATED);
    }
}
