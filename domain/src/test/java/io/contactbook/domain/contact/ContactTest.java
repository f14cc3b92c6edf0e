package io.contactbook.domain.contact;

import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceSettings;
import io.contactbook.domain.tag.Tag;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.contactbook.domain.shared.Json.array;
import static io.contactbook.domain.shared.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ContactTest {

    private static final ContactId ID = new ContactId(UUID.fromString("0190a4c2-7e11-7c3a-9f00-5c2b1d0e4a77"));
    private static final WorkspaceId WORKSPACE =
            WorkspaceId.of(UUID.fromString("0190a4c2-0000-7000-8000-000000000001"));
    private static final Instant CREATED_AT = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant UPDATED_AT = Instant.parse("2024-05-02T11:30:00Z");

    /** One character that Java stores as two chars: limits count characters, so a limit's worth must fit. */
    private static final String EMOJI = "😀";

    private static final ContactPolicy IN_US = new ContactPolicy(
            new WorkspaceSettings(Optional.of("US"), false), Map.of());

    @Nested
    class Creating {

        @Test
        void startsAtVersionOneWithTheDefaults() {
            Contact contact = create(withEmail());

            assertThat(contact.id()).isEqualTo(ID);
            assertThat(contact.workspaceId()).isEqualTo(WORKSPACE);
            assertThat(contact.version()).isEqualTo(1);
            assertThat(contact.createdAt()).isEqualTo(CREATED_AT);
            assertThat(contact.updatedAt()).isEqualTo(CREATED_AT);
            assertThat(contact.lastActivity()).isEqualTo(CREATED_AT);
            assertThat(contact.blocked()).isFalse();
            assertThat(contact.doNotDisturb()).isFalse();
            assertThat(contact.botActive()).isTrue();
            assertThat(contact.conversationCount()).isZero();
            assertThat(contact.lastConversationAt()).isNull();
            assertThat(contact.tags()).isEmpty();
            assertThat(contact.channels()).isEmpty();
            assertThat(contact.metadata()).isEmpty();
            assertThat(contact.customAttributes()).isEmpty();
        }

        static Stream<Arguments> singleIdentities() {
            return Stream.of(
                    arguments("name", changes().name(Change.to("Jane"))),
                    arguments("first_name", changes().firstName(Change.to("Jane"))),
                    arguments("last_name", changes().lastName(Change.to("Doe"))),
                    arguments("email", changes().email(Change.to("jane@example.com"))),
                    arguments("phone", changes().phone(Change.to("+15550123456"))),
                    arguments("external_id", changes().externalId(Change.to("crm-42"))),
                    arguments("channels",
                            changes().channels(Change.to(List.of(new ChannelInput("telegram", "@jane"))))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("singleIdentities")
        void oneWayToTellWhoItIsIsEnough(String field, ContactChanges.Builder changes) {
            assertThat(create(changes)).isNotNull();
        }

        @Test
        void needsAtLeastOneWayToTellWhoItIs() {
            Map<String, String> violations = violationsOf(() -> create(changes()
                    .companyName(Change.to("Acme"))
                    .tags(Change.to(List.of("vip")))
                    .source(Change.to("widget"))));

            assertThat(violations).containsOnlyKeys("contact");
        }

        @Test
        void anEmptyInputIsNoContact() {
            assertThat(violationsOf(() -> create(changes()))).containsOnlyKeys("contact");
        }

        @Test
        void blankValuesDoNotCount() {
            assertThat(violationsOf(() -> create(changes()
                    .name(Change.to("   "))
                    .email(Change.to(" "))
                    .channels(Change.to(List.of())))))
                    .containsOnlyKeys("contact");
        }

        @Test
        void reportsEveryBrokenFieldAtOnce() {
            Map<String, String> violations = violationsOf(() -> create(changes()
                    .firstName(Change.to("x".repeat(101)))
                    .email(Change.to("not an address"))
                    .phone(Change.to("garbage"))
                    .avatarUrl(Change.to("ftp://example.com/jane.png"))
                    .tags(Change.to(List.of("ok", " ")))
                    .channels(Change.to(List.of(new ChannelInput("fax", "123"))))
                    .customAttributes(Change.to(object("plan", object("tier", "gold"))))));

            assertThat(violations).containsOnlyKeys("first_name", "email", "phone", "avatar_url", "tags[1]",
                    "channels[0].type", "custom_attributes.plan");
        }
    }

    @Nested
    class TextFields {

        static Stream<TextField> textFields() {
            return Stream.of(
                    new TextField("first_name", 100, ContactChanges.Builder::firstName, Contact::firstName),
                    new TextField("last_name", 100, ContactChanges.Builder::lastName, Contact::lastName),
                    new TextField("company_name", 200, ContactChanges.Builder::companyName, Contact::companyName),
                    new TextField("profile_notes", 5000, ContactChanges.Builder::profileNotes, Contact::profileNotes),
                    new TextField("interest_summary", 1000, ContactChanges.Builder::interestSummary,
                            Contact::interestSummary),
                    new TextField("external_id", 255, ContactChanges.Builder::externalId, Contact::externalId),
                    new TextField("source", 100, ContactChanges.Builder::source, Contact::source));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("textFields")
        void acceptsTheLimitInCharacters(TextField field) {
            String atLimit = EMOJI.repeat(field.limit());

            assertThat(field.of(create(field.set(withEmail(), atLimit)))).isEqualTo(atLimit);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("textFields")
        void rejectsOneCharacterPastTheLimit(TextField field) {
            String pastLimit = EMOJI.repeat(field.limit() + 1);

            assertThat(violationsOf(() -> create(field.set(withEmail(), pastLimit))))
                    .containsExactly(entry(field.name(), "must be at most " + field.limit() + " characters"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("textFields")
        void trimsTheValue(TextField field) {
            assertThat(field.of(create(field.set(withEmail(), "  value\t")))).isEqualTo("value");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("textFields")
        void rejectsANulCharacter(TextField field) {
            assertThat(violationsOf(() -> create(field.set(withEmail(), "a\u0000b")))).containsOnlyKeys(field.name());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("textFields")
        void nullClearsTheValue(TextField field) {
            Contact contact = create(field.set(withEmail(), "value"));

            Contact cleared = apply(contact, field.clear(changes()));

            assertThat(field.of(cleared)).isNull();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("textFields")
        void aBlankStringClearsTheValue(TextField field) {
            Contact contact = create(field.set(withEmail(), "value"));

            Contact cleared = apply(contact, field.set(changes(), "   "));

            assertThat(field.of(cleared)).isNull();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("textFields")
        void aFieldLeftOutIsKept(TextField field) {
            Contact contact = create(field.set(withEmail(), "value"));

            Contact changed = apply(contact, changes().email(Change.to("other@example.com")));

            assertThat(field.of(changed)).isEqualTo("value");
        }

        record TextField(String name, int limit,
                         BiFunction<ContactChanges.Builder, Change<String>, ContactChanges.Builder> setter,
                         Function<Contact, String> getter) {

            ContactChanges.Builder set(ContactChanges.Builder changes, String value) {
                return setter.apply(changes, Change.to(value));
            }

            ContactChanges.Builder clear(ContactChanges.Builder changes) {
                return setter.apply(changes, Change.clear());
            }

            String of(Contact contact) {
                return getter.apply(contact);
            }

            @Override
            public String toString() {
                return name;
            }
        }
    }

    @Nested
    class Name {

        @Test
        void splitsAFullNameAtTheLastSpace() {
            Contact contact = create(changes().name(Change.to("Mary Ann Smith")));

            assertThat(contact.firstName()).isEqualTo("Mary Ann");
            assertThat(contact.lastName()).isEqualTo("Smith");
            assertThat(contact.name()).isEqualTo("Mary Ann Smith");
        }

        @Test
        void aSingleWordIsAFirstName() {
            Contact contact = create(changes().name(Change.to(" Jane ")));

            assertThat(contact.firstName()).isEqualTo("Jane");
            assertThat(contact.lastName()).isNull();
        }

        @Test
        void isIgnoredWhenAFirstNameIsGiven() {
            Contact contact = create(changes().name(Change.to("Mary Ann Smith")).firstName(Change.to("Jane")));

            assertThat(contact.firstName()).isEqualTo("Jane");
            assertThat(contact.lastName()).isNull();
        }

        @Test
        void isIgnoredWhenALastNameIsGiven() {
            Contact contact = create(changes().name(Change.to("Mary Ann Smith")).lastName(Change.to("Doe")));

            assertThat(contact.firstName()).isNull();
            assertThat(contact.lastName()).isEqualTo("Doe");
        }

        @Test
        void replacesBothParts() {
            Contact contact = create(withEmail().firstName(Change.to("Jane")).lastName(Change.to("Doe")));

            Contact renamed = apply(contact, changes().name(Change.to("Mary")));

            assertThat(renamed.firstName()).isEqualTo("Mary");
            assertThat(renamed.lastName()).isNull();
        }

        @Test
        void nullClearsBothParts() {
            Contact contact = create(withEmail().firstName(Change.to("Jane")).lastName(Change.to("Doe")));

            Contact cleared = apply(contact, changes().name(Change.clear()));

            assertThat(cleared.firstName()).isNull();
            assertThat(cleared.lastName()).isNull();
            assertThat(cleared.name()).isNull();
        }

        @Test
        void eachPartIsLimitedTo100Characters() {
            String longest = EMOJI.repeat(100);

            Contact contact = create(changes().name(Change.to(longest + " " + longest)));

            assertThat(contact.firstName()).isEqualTo(longest);
            assertThat(contact.lastName()).isEqualTo(longest);
        }

        @ParameterizedTest
        @ValueSource(strings = {"first", "last"})
        void aPartPastTheLimitIsReportedUnderName(String part) {
            String tooLong = EMOJI.repeat(101);
            String fullName = part.equals("first") ? tooLong + " Smith" : "Mary " + tooLong;

            assertThat(violationsOf(() -> create(changes().name(Change.to(fullName)))))
                    .containsExactly(entry("name", "must be at most 100 characters"));
        }
    }

    @Nested
    class EmailAndPhone {

        @Test
        void theEmailIsTrimmedAndLowerCased() {
            assertThat(create(changes().email(Change.to("Jane@Example.com "))).email())
                    .isEqualTo(EmailAddress.parse("jane@example.com"));
        }

        @Test
        void anInvalidEmailIsReportedUnderEmail() {
            assertThat(violationsOf(() -> create(changes().email(Change.to("jane@"))))).containsOnlyKeys("email");
        }

        @Test
        void anEmailOf255CharactersIsReportedUnderEmail() {
            String tooLong = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58)
                    + ".com";

            assertThat(violationsOf(() -> create(changes().email(Change.to(tooLong)))))
                    .containsExactly(entry("email", "must be at most 254 characters"));
        }

        @Test
        void thePhoneIsStoredInE164() {
            assertThat(create(changes().phone(Change.to("+1 (555) 012-3456"))).phone().value())
                    .isEqualTo("+15550123456");
        }

        @Test
        void aPhoneWithoutPlusIsReadInTheWorkspaceRegion() {
            assertThat(create(changes().phone(Change.to("555 012 3456")), IN_US).phone().value())
                    .isEqualTo("+15550123456");
        }

        @Test
        void aPhoneWithoutPlusIsRejectedWhenTheWorkspaceHasNoRegion() {
            assertThat(violationsOf(() -> create(changes().phone(Change.to("555 012 3456")))))
                    .containsOnlyKeys("phone");
        }

        @Test
        void clearingTheOnlyIdentityIsRejected() {
            Contact contact = create(withEmail());

            assertThat(violationsOf(() -> apply(contact, changes().email(Change.clear())))).containsOnlyKeys("contact");
        }
    }

    @Nested
    class AvatarUrl {

        @ParameterizedTest
        @ValueSource(strings = {
                "http://example.com/jane.png", "https://cdn.example.com/a/b.png?size=64", "HTTPS://example.com/x"})
        void acceptsAnHttpOrHttpsUrl(String url) {
            assertThat(create(withEmail().avatarUrl(Change.to(url))).avatarUrl()).isEqualTo(url);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://example.com/jane.png", "file:///etc/passwd", "javascript:alert(1)",
                "mailto:jane@example.com", "https:///no-host", "example.com/jane.png", "https://exa mple.com"})
        void rejectsAnythingElse(String url) {
            assertThat(violationsOf(() -> create(withEmail().avatarUrl(Change.to(url)))))
                    .containsExactly(entry("avatar_url", "must be an http or https URL"));
        }

        @Test
        void accepts2048Characters() {
            String url = url(2048);

            assertThat(create(withEmail().avatarUrl(Change.to(url))).avatarUrl()).isEqualTo(url);
        }

        @Test
        void rejects2049Characters() {
            assertThat(violationsOf(() -> create(withEmail().avatarUrl(Change.to(url(2049))))))
                    .containsExactly(entry("avatar_url", "must be at most 2048 characters"));
        }

        private static String url(int length) {
            String prefix = "https://example.com/";
            return prefix + "a".repeat(length - prefix.length());
        }
    }

    @Nested
    class Tags {

        @Test
        void areNormalisedWithoutDuplicatesInTheOrderGiven() {
            Contact contact = create(withEmail().tags(Change.to(List.of(" VIP ", "lead", "vip", "Lead", "churned"))));

            assertThat(contact.tags()).extracting(Tag::value).containsExactly("vip", "lead", "churned");
        }

        @Test
        void replaceTheTagsBefore() {
            Contact contact = create(withEmail().tags(Change.to(List.of("vip", "lead"))));

            Contact changed = apply(contact, changes().tags(Change.to(List.of("churned"))));

            assertThat(changed.tags()).extracting(Tag::value).containsExactly("churned");
        }

        @Test
        void nullClearsThem() {
            Contact contact = create(withEmail().tags(Change.to(List.of("vip"))));

            assertThat(apply(contact, changes().tags(Change.clear())).tags()).isEmpty();
        }

        @Test
        void areKeptWhenLeftOut() {
            Contact contact = create(withEmail().tags(Change.to(List.of("vip"))));

            assertThat(apply(contact, changes().source(Change.to("import"))).tags()).extracting(Tag::value)
                    .containsExactly("vip");
        }

        @Test
        void fiftyAreAccepted() {
            assertThat(create(withEmail().tags(Change.to(tags(50)))).tags()).hasSize(50);
        }

        @Test
        void fiftyOneAreReportedUnderTags() {
            assertThat(violationsOf(() -> create(withEmail().tags(Change.to(tags(51)))))).containsOnlyKeys("tags");
        }

        @Test
        void anEmptyTagIsReportedUnderItsIndex() {
            assertThat(violationsOf(() -> create(withEmail().tags(Change.to(List.of("a", "b", "c", "", "e"))))))
                    .containsOnlyKeys("tags[3]");
        }

        @Test
        void aTagOf51CharactersIsReportedUnderItsIndex() {
            List<String> tags = List.of(EMOJI.repeat(50), EMOJI.repeat(51));

            assertThat(violationsOf(() -> create(withEmail().tags(Change.to(tags)))))
                    .containsExactly(entry("tags[1]", "must be at most 50 characters"));
        }

        private static List<String> tags(int count) {
            return IntStream.rangeClosed(1, count).mapToObj(i -> "tag-" + i).toList();
        }
    }

    @Nested
    class Metadata {

        @Test
        void isMergedAsAJsonMergePatch() {
            Contact contact = createWith(object("plan", "pro", "crm", object("id", 7, "owner", "ann")));

            Contact changed = apply(contact, patch(object("plan", null, "crm", object("owner", "bob"))));

            assertThat(changed.metadata()).isEqualTo(object("crm", object("id", 7, "owner", "bob")));
        }

        @Test
        void nullClearsIt() {
            Contact contact = createWith(object("plan", "pro"));

            assertThat(apply(contact, changes().metadata(Change.clear())).metadata()).isEmpty();
        }

        @Test
        void isKeptWhenLeftOut() {
            Contact contact = createWith(object("plan", "pro"));

            assertThat(apply(contact, changes().source(Change.to("import"))).metadata())
                    .isEqualTo(object("plan", "pro"));
        }

        @Test
        void accepts16KibAsJson() {
            Map<String, Object> metadata = metadataOfSize(16 * 1024);

            assertThat(createWith(metadata).metadata()).isEqualTo(metadata);
        }

        @Test
        void rejectsOneByteMore() {
            assertThat(violationsOf(() -> createWith(metadataOfSize(16 * 1024 + 1))))
                    .containsExactly(entry("metadata", "must be at most 16384 bytes as JSON"));
        }

        @Test
        void theLimitHoldsForTheMergedResult() {
            Contact contact = createWith(metadataOfSize(16 * 1024));

            assertThat(violationsOf(() -> apply(contact, patch(object("more", 1))))).containsOnlyKeys("metadata");
        }

        @Test
        void accepts10LevelsOfNesting() {
            assertThat(createWith(nested(10)).metadata()).isEqualTo(nested(10));
        }

        @Test
        void rejects11LevelsOfNesting() {
            assertThat(violationsOf(() -> createWith(nested(11))))
                    .containsExactly(entry("metadata", "must nest at most 10 levels deep"));
        }

        @Test
        void anArrayIsALevelToo() {
            // The metadata object and the array are two levels around the objects in the array.
            assertThat(createWith(object("list", array(nested(8)))).metadata()).isNotEmpty();
            assertThat(violationsOf(() -> createWith(object("list", array(nested(9)))))).containsOnlyKeys("metadata");
        }

        private static Contact createWith(Map<String, Object> metadata) {
            return create(withEmail().metadata(Change.to(metadata)));
        }

        private static ContactChanges.Builder patch(Map<String, Object> metadata) {
            return changes().metadata(Change.to(metadata));
        }

        /** {@code {"k":"xx…x"}}: eight bytes of JSON around the text. */
        private static Map<String, Object> metadataOfSize(int bytes) {
            return object("k", "x".repeat(bytes - 8));
        }

        /** {@code {"a":{"a":…{}}}} with {@code levels} objects. */
        private static Map<String, Object> nested(int levels) {
            Map<String, Object> value = object();
            for (int level = 1; level < levels; level++) {
                value = object("a", value);
            }
            return value;
        }
    }

    @Nested
    class CustomAttributes {

        private static final ContactPolicy STRICT = policy(true);
        private static final ContactPolicy LENIENT = policy(false);

        @Test
        void acceptsScalars() {
            Map<String, Object> attributes = object("tier", "gold", "seats", 12, "score", 4.5, "trial", false);

            assertThat(createWith(attributes, LENIENT).customAttributes()).isEqualTo(attributes);
        }

        @Test
        void rejectsAnObjectOrArrayValueUnderItsKey() {
            Map<String, Object> attributes = object("plan", object("tier", "gold"), "regions", array("eu"));

            assertThat(violationsCreatingWith(attributes, LENIENT))
                    .containsOnlyKeys("custom_attributes.plan", "custom_attributes.regions")
                    .containsEntry("custom_attributes.plan", "must be a string, a number or a boolean");
        }

        @Test
        void areMergedAndNullRemovesAKey() {
            Contact contact = createWith(object("tier", "gold", "seats", 12), LENIENT);

            Contact changed = apply(contact,
                    changes().customAttributes(Change.to(object("tier", null, "trial", true))));

            assertThat(changed.customAttributes()).isEqualTo(object("seats", 12, "trial", true));
        }

        @Test
        void acceptsAKeyOf100Characters() {
            String key = "k".repeat(100);

            assertThat(createWith(object(key, 1), LENIENT).customAttributes()).containsOnlyKeys(key);
        }

        @Test
        void rejectsAKeyOf101Characters() {
            String key = "k".repeat(101);

            assertThat(violationsCreatingWith(object(key, 1), LENIENT)).containsOnlyKeys("custom_attributes." + key);
        }

        @Test
        void acceptsText1000CharactersLong() {
            String text = EMOJI.repeat(1000);

            assertThat(createWith(object("bio", text), LENIENT).customAttributes()).containsEntry("bio", text);
        }

        @Test
        void rejectsText1001CharactersLong() {
            assertThat(violationsCreatingWith(object("bio", EMOJI.repeat(1001)), LENIENT))
                    .containsExactly(entry("custom_attributes.bio", "must be at most 1000 characters"));
        }

        @Test
        void strictModeRejectsAnUndefinedKey() {
            assertThat(violationsCreatingWith(object("tier", "gold", "nickname", "JJ"), STRICT))
                    .containsOnlyKeys("custom_attributes.nickname");
        }

        @Test
        void withoutStrictModeAnUndefinedKeyIsAccepted() {
            assertThat(createWith(object("nickname", "JJ"), LENIENT).customAttributes())
                    .containsEntry("nickname", "JJ");
        }

        static Stream<Arguments> typedValues() {
            return Stream.of(
                    arguments("tier", "gold", 1),
                    arguments("seats", 12, "12"),
                    arguments("trial", true, "yes"),
                    arguments("renews_on", "2025-01-31", "2025-02-31"),
                    arguments("plan", "pro", "enterprise"));
        }

        @ParameterizedTest(name = "{0}: {1} accepted, {2} rejected")
        @MethodSource("typedValues")
        void aDefinedKeyTakesOnlyValuesOfItsTypeInEitherMode(String key, Object valid, Object invalid) {
            for (ContactPolicy policy : List.of(STRICT, LENIENT)) {
                assertThat(createWith(object(key, valid), policy).customAttributes()).containsEntry(key, valid);
                assertThat(violationsCreatingWith(object(key, invalid), policy))
                        .containsOnlyKeys("custom_attributes." + key);
            }
        }

        private static Contact createWith(Map<String, Object> attributes, ContactPolicy policy) {
            return create(withEmail().customAttributes(Change.to(attributes)), policy);
        }

        private static Map<String, String> violationsCreatingWith(Map<String, Object> attributes,
                                                                  ContactPolicy policy) {
            return violationsOf(() -> createWith(attributes, policy));
        }

        /** A workspace that defined one attribute of each type. */
        private static ContactPolicy policy(boolean strict) {
            return new ContactPolicy(new WorkspaceSettings(Optional.empty(), strict), Map.of(
                    "tier", definition("tier", CustomAttributeType.TEXT),
                    "seats", definition("seats", CustomAttributeType.NUMBER),
                    "trial", definition("trial", CustomAttributeType.BOOLEAN),
                    "renews_on", definition("renews_on", CustomAttributeType.DATE),
                    "plan", definition("plan", CustomAttributeType.LIST, "free", "pro")));
        }

        private static CustomAttributeDefinition definition(String key, CustomAttributeType type, String... options) {
            return new CustomAttributeDefinition(key, key, type, List.of(options));
        }
    }

    @Nested
    class Channels {

        @Test
        void anUnknownTypeIsReportedUnderItsIndex() {
            List<ChannelInput> channels = List.of(new ChannelInput("fax", "123"));

            assertThat(violationsOf(() -> create(withEmail().channels(Change.to(channels)))))
                    .containsOnlyKeys("channels[0].type");
        }

        @Test
        void aMissingTypeOrValueIsReportedUnderItsIndex() {
            List<ChannelInput> channels = List.of(
                    new ChannelInput("telegram", "@jane"),
                    new ChannelInput(null, "x"),
                    new ChannelInput("whatsapp", null));

            assertThat(violationsOf(() -> create(withEmail().channels(Change.to(channels)))))
                    .containsOnlyKeys("channels[1].type", "channels[2].value");
        }

        @Test
        void anInvalidValueIsReportedUnderItsIndex() {
            List<ChannelInput> channels =
                    List.of(new ChannelInput("telegram", "@jane"), new ChannelInput("email", "jane@"));

            assertThat(violationsOf(() -> create(withEmail().channels(Change.to(channels)))))
                    .containsOnlyKeys("channels[1].value");
        }

        @Test
        void emailAndPhoneValuesAreNormalised() {
            List<ChannelInput> channels = List.of(
                    new ChannelInput("email", " Jane@Example.com "), new ChannelInput("phone", "(555) 012-3456"));

            Contact contact = create(changes().channels(Change.to(channels)), IN_US);

            assertThat(contact.channels()).containsExactly(
                    new Channel(ChannelType.EMAIL, "jane@example.com"), new Channel(ChannelType.PHONE, "+15550123456"));
        }

        @Test
        void aDuplicateIsDroppedAndTheFirstKept() {
            Contact contact = create(changes().channels(Change.to(List.of(
                    new ChannelInput("instagram", "@Jane.Doe"),
                    new ChannelInput("email", "jane@example.com"),
                    new ChannelInput("instagram", "@jane.doe"),
                    new ChannelInput("email", "JANE@example.com"),
                    new ChannelInput("telegram", "@jane.doe")))));

            assertThat(contact.channels()).containsExactly(
                    new Channel(ChannelType.INSTAGRAM, "@Jane.Doe"),
                    new Channel(ChannelType.EMAIL, "jane@example.com"),
                    new Channel(ChannelType.TELEGRAM, "@jane.doe"));
        }

        @Test
        void twentyAreAccepted() {
            assertThat(create(changes().channels(Change.to(channels(20)))).channels()).hasSize(20);
        }

        @Test
        void twentyOneAreReportedUnderChannels() {
            assertThat(violationsOf(() -> create(withEmail().channels(Change.to(channels(21))))))
                    .containsOnlyKeys("channels");
        }

        @Test
        void replaceTheChannelsBeforeAndNullClearsThem() {
            Contact contact = create(withEmail().channels(Change.to(channels(2))));
            List<ChannelInput> replacement = List.of(new ChannelInput("custom", "crm:7"));

            Contact replaced = apply(contact, changes().channels(Change.to(replacement)));
            Contact cleared = apply(replaced, changes().channels(Change.clear()));

            assertThat(replaced.channels()).containsExactly(new Channel(ChannelType.CUSTOM, "crm:7"));
            assertThat(cleared.channels()).isEmpty();
        }

        private static List<ChannelInput> channels(int count) {
            return IntStream.rangeClosed(1, count).mapToObj(i -> new ChannelInput("telegram", "@user" + i)).toList();
        }
    }

    @Nested
    class Identities {

        @Test
        void eachIdentityComesWithTheFieldThatCarriesIt() {
            Contact contact = create(changes()
                    .email(Change.to("Jane@Example.com"))
                    .phone(Change.to("+1 555 012 3456"))
                    .externalId(Change.to("CRM-42"))
                    .channels(Change.to(List.of(
                            new ChannelInput("telegram", "@JaneD"),
                            new ChannelInput("instagram", "@Jane.Doe")))));

            assertThat(contact.identities()).containsExactly(
                    entry(new Identity(IdentityKind.EMAIL, "jane@example.com"), "email"),
                    entry(new Identity(IdentityKind.PHONE, "+15550123456"), "phone"),
                    entry(new Identity(IdentityKind.EXTERNAL_ID, "CRM-42"), "external_id"),
                    entry(new Identity(IdentityKind.TELEGRAM, "@janed"), "channels[0]"),
                    entry(new Identity(IdentityKind.INSTAGRAM, "@jane.doe"), "channels[1]"));
        }

        @Test
        void aChannelRepeatingTheEmailOrPhoneIsOneIdentityOfTheField() {
            Contact contact = create(changes()
                    .email(Change.to("jane@example.com"))
                    .phone(Change.to("+15550123456"))
                    .channels(Change.to(List.of(
                            new ChannelInput("email", "JANE@example.com"),
                            new ChannelInput("phone", "+1 (555) 012-3456")))));

            assertThat(contact.identities()).containsExactly(
                    entry(new Identity(IdentityKind.EMAIL, "jane@example.com"), "email"),
                    entry(new Identity(IdentityKind.PHONE, "+15550123456"), "phone"));
        }

        @Test
        void aNameIsNoIdentity() {
            assertThat(create(changes().name(Change.to("Jane Doe"))).identities()).isEmpty();
        }

        @Test
        void twoContactsShareTheIdentitiesBothHoldWhateverFieldCarriesThem() {
            Contact byFields = create(changes()
                    .email(Change.to("jane@example.com"))
                    .phone(Change.to("+15550123456"))
                    .externalId(Change.to("CRM-42")));
            Contact byChannels = create(changes()
                    .externalId(Change.to("CRM-43"))
                    .channels(Change.to(List.of(
                            new ChannelInput("phone", "+1 (555) 012-3456"),
                            new ChannelInput("email", "JANE@example.com")))));

            assertThat(byFields.identitiesSharedWith(byChannels)).containsExactly(
                    new Identity(IdentityKind.EMAIL, "jane@example.com"),
                    new Identity(IdentityKind.PHONE, "+15550123456"));
            assertThat(byChannels.identitiesSharedWith(byFields)).containsExactlyInAnyOrder(
                    new Identity(IdentityKind.EMAIL, "jane@example.com"),
                    new Identity(IdentityKind.PHONE, "+15550123456"));
        }

        @Test
        void contactsWithDifferentIdentitiesShareNone() {
            Contact jane = create(changes().email(Change.to("jane@example.com")).externalId(Change.to("CRM-42")));
            Contact john = create(changes().email(Change.to("john@example.com")).externalId(Change.to("crm-42")));

            assertThat(jane.identitiesSharedWith(john)).isEmpty();
        }

        @Test
        void aSameNameIsNoDuplicate() {
            Contact one = create(changes().name(Change.to("Jane Doe")));
            Contact other = create(changes().name(Change.to("Jane Doe")));

            assertThat(one.identitiesSharedWith(other)).isEmpty();
        }
    }

    @Nested
    class Changing {

        @Test
        void increasesTheVersionAndSetsUpdatedAt() {
            Contact contact = create(withEmail());

            Contact changed = apply(contact, changes().companyName(Change.to("Acme")));

            assertThat(changed.version()).isEqualTo(contact.version() + 1);
            assertThat(changed.updatedAt()).isEqualTo(UPDATED_AT);
            assertThat(changed.createdAt()).isEqualTo(CREATED_AT);
            assertThat(changed.lastActivity()).isEqualTo(CREATED_AT);
            assertThat(changed.id()).isEqualTo(contact.id());
        }

        @Test
        void leavesTheContactItChangedAsItWas() {
            Contact contact = create(withEmail());

            apply(contact, changes().companyName(Change.to("Acme")));

            assertThat(contact.companyName()).isNull();
            assertThat(contact.version()).isEqualTo(1);
        }

        @Test
        void setsTheFlags() {
            Contact contact = create(withEmail());

            Contact changed = apply(contact, changes()
                    .blocked(Change.to(true)).doNotDisturb(Change.to(true)).botActive(Change.to(false)));

            assertThat(changed.blocked()).isTrue();
            assertThat(changed.doNotDisturb()).isTrue();
            assertThat(changed.botActive()).isFalse();
        }

        @Test
        void nullPutsTheFlagsBackToTheirDefaults() {
            Contact contact = apply(create(withEmail()), changes()
                    .blocked(Change.to(true)).doNotDisturb(Change.to(true)).botActive(Change.to(false)));

            Contact cleared = apply(contact, changes()
                    .blocked(Change.clear()).doNotDisturb(Change.clear()).botActive(Change.clear()));

            assertThat(cleared.blocked()).isFalse();
            assertThat(cleared.doNotDisturb()).isFalse();
            assertThat(cleared.botActive()).isTrue();
        }
    }

    private static ContactChanges.Builder changes() {
        return ContactChanges.builder();
    }

    /** Changes with an email, so that a contact exists whatever else the test leaves out. */
    private static ContactChanges.Builder withEmail() {
        return changes().email(Change.to("jane@example.com"));
    }

    private static Contact create(ContactChanges.Builder changes) {
        return create(changes, ContactPolicy.DEFAULTS);
    }

    private static Contact create(ContactChanges.Builder changes, ContactPolicy policy) {
        return Contact.create(ID, WORKSPACE, changes.build(), policy, CREATED_AT);
    }

    private static Contact apply(Contact contact, ContactChanges.Builder changes) {
        return contact.apply(changes.build(), ContactPolicy.DEFAULTS, UPDATED_AT);
    }

    private static Map<String, String> violationsOf(ThrowingCallable write) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, write);
        assertThat(violation).as("a RuleViolation").isNotNull();
        return violation.violations();
    }
}
