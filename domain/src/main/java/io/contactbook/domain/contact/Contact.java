package io.contactbook.domain.contact;

import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.JsonMergePatch;
import io.contactbook.domain.shared.JsonShape;
import io.contactbook.domain.shared.Violations;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.tag.Tag;
import io.contactbook.domain.tag.Tags;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A person a workspace talks to (the aggregate). Immutable: {@link #create} and {@link #apply} check every
 * rule of a write at once and either answer the new state or throw a
 * {@link io.contactbook.domain.shared.RuleViolation} naming each broken field.
 */
public record Contact(
        ContactId id,
        WorkspaceId workspaceId,
        String firstName,
        String lastName,
        EmailAddress email,
        PhoneNumber phone,
        String companyName,
        String avatarUrl,
        List<Tag> tags,
        String profileNotes,
        String interestSummary,
        Map<String, Object> metadata,
        Map<String, Object> customAttributes,
        String externalId,
        String source,
        List<Channel> channels,
        boolean blocked,
        boolean doNotDisturb,
        boolean botActive,
        int conversationCount,
        Instant lastConversationAt,
        Instant lastActivity,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The most characters a first or last name may have. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The most characters a company name may have. */
    public static final int MAX_COMPANY_NAME_LENGTH = 200;
    /** The most characters an avatar URL may have. */
    public static final int MAX_AVATAR_URL_LENGTH = 2048;
    /** The most characters the profile notes may have. */
    public static final int MAX_PROFILE_NOTES_LENGTH = 5000;
    /** The most characters the interest summary may have. */
    public static final int MAX_INTEREST_SUMMARY_LENGTH = 1000;
    /** The most characters an external id may have. */
    public static final int MAX_EXTERNAL_ID_LENGTH = 255;
    /** The most characters a source may have. */
    public static final int MAX_SOURCE_LENGTH = 100;
    /** The most channels a contact may have. */
    public static final int MAX_CHANNELS = 20;
    /** The most bytes metadata, and custom attributes, may take as compact JSON. */
    public static final int MAX_JSON_BYTES = 16 * 1024;
    /** The deepest metadata may nest. */
    public static final int MAX_JSON_DEPTH = 10;
    /** The most characters a custom attribute key may have. */
    public static final int MAX_CUSTOM_ATTRIBUTE_KEY_LENGTH = 100;
    /** The most characters a custom attribute text value may have. */
    public static final int MAX_CUSTOM_ATTRIBUTE_TEXT_LENGTH = 1000;

    /**
     * A contact as stored; the checked ways to make one are {@link #create} and {@link #apply}.
     *
     * @param id                 the contact's id
     * @param workspaceId        the workspace it belongs to
     * @param firstName          the first name, or null
     * @param lastName           the last name, or null
     * @param email              the email, or null
     * @param phone              the phone, or null
     * @param companyName        the company's name, or null
     * @param avatarUrl          an http(s) URL of a picture, or null
     * @param tags               the tags, in the order first given
     * @param profileNotes       free text about the person, or null
     * @param interestSummary    what the person is interested in, or null
     * @param metadata           the caller's JSON object
     * @param customAttributes   the workspace's custom attributes, by key
     * @param externalId         the caller's own id for the person, or null
     * @param source             where the contact came from, e.g. {@code widget}, or null
     * @param channels           the other ways to reach the person
     * @param blocked            whether the person is blocked
     * @param doNotDisturb       whether the person asked not to be contacted
     * @param botActive          whether a bot may answer the person
     * @param conversationCount  how many conversations the person has
     * @param lastConversationAt the latest moment of any conversation, or null
     * @param lastActivity       the latest moment the person was active
     * @param createdAt          when the contact was created
     * @param updatedAt          when it last changed
     * @param version            how many writes it has seen (optimistic locking)
     * @throws NullPointerException if the id, workspace, tags, channels, metadata or custom attributes are null
     */
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        tags = List.copyOf(tags);
        channels = List.copyOf(channels);
        metadata = Objects.requireNonNull(metadata, "metadata");
        customAttributes = Objects.requireNonNull(customAttributes, "customAttributes");
    }

    /**
     * {@return a new contact from a client's input, version 1} Its activity starts at its creation. It needs at
     * least a name, an email, a phone, an external id or a channel.
     *
     * @param id          the new contact's id
     * @param workspaceId the workspace it belongs to
     * @param input       the fields the client sent
     * @param policy      the workspace's rules: default phone region, custom attribute definitions
     * @param now         the moment of creation
     * @throws io.contactbook.domain.shared.RuleViolation naming every broken field
     */
    public static Contact create(ContactId id, WorkspaceId workspaceId, ContactChanges input, ContactPolicy policy,
                                 Instant now) {
        Contact blank = new Contact(id, workspaceId, null, null, null, null, null, null, List.of(), null, null,
                Map.of(), Map.of(), null, null, List.of(), false, false, true, 0, null, now, now, now, 0);
        return blank.apply(input, policy, now);
    }

    /**
     * {@return this contact with the changes applied, one version later}
     *
     * @param changes the fields the client sent
     * @param policy  the workspace's rules: default phone region, custom attribute definitions
     * @param now     the moment of the change
     * @throws io.contactbook.domain.shared.RuleViolation naming every broken field, or {@code contact} when the
     *                                                    result would have nothing to identify it by
     */
    public Contact apply(ContactChanges changes, ContactPolicy policy, Instant now) {
        Violations violations = new Violations();
        PersonName personName = name(changes, violations);
        EmailAddress newEmail = value(violations, "email", changes.email(), email, EmailAddress::parse);
        PhoneNumber newPhone = value(violations, "phone", changes.phone(), phone,
                raw -> PhoneNumber.parse(raw, policy.defaultPhoneRegion()));
        String newExternalId = text(violations, "external_id", changes.externalId(), externalId, MAX_EXTERNAL_ID_LENGTH);
        List<Channel> newChannels = channels(changes.channels(), policy, violations);

        Contact changed = new Contact(id, workspaceId,
                personName.firstName(),
                personName.lastName(),
                newEmail,
                newPhone,
                text(violations, "company_name", changes.companyName(), companyName, MAX_COMPANY_NAME_LENGTH),
                value(violations, "avatar_url", changes.avatarUrl(), avatarUrl, Contact::avatarUrl),
                tags(changes.tags(), violations),
                text(violations, "profile_notes", changes.profileNotes(), profileNotes, MAX_PROFILE_NOTES_LENGTH),
                text(violations, "interest_summary", changes.interestSummary(), interestSummary,
                        MAX_INTEREST_SUMMARY_LENGTH),
                metadata(changes.metadata(), violations),
                customAttributes(changes.customAttributes(), policy, violations),
                newExternalId,
                text(violations, "source", changes.source(), source, MAX_SOURCE_LENGTH),
                newChannels,
                changes.blocked().isPresent() ? Boolean.TRUE.equals(changes.blocked().applyTo(blocked)) : blocked,
                changes.doNotDisturb().isPresent()
                        ? Boolean.TRUE.equals(changes.doNotDisturb().applyTo(doNotDisturb)) : doNotDisturb,
                changes.botActive().isPresent()
                        ? !Boolean.FALSE.equals(changes.botActive().applyTo(botActive)) : botActive,
                conversationCount, lastConversationAt, lastActivity, createdAt, now, version + 1);

        if (violations.isEmpty() && !changed.isIdentifiable()) {
            violations.add("contact", "needs at least one of: a name, an email, a phone, an external id or a channel");
        }
        violations.throwIfAny();
        return changed;
    }

    /** {@return the full name, or null when the contact has neither first nor last name} */
    public String name() {
        return new PersonName(firstName, lastName).fullName();
    }

    /**
     * {@return every identity of this contact, each with the input field that carries it} Where two fields carry
     * one identity, the first does. Under the dedup rule no other contact of the workspace may hold any of them.
     */
    public Map<Identity, String> identities() {
        Map<Identity, String> identities = new LinkedHashMap<>();
        if (email != null) {
            identities.put(new Identity(IdentityKind.EMAIL, email.value()), "email");
        }
        if (phone != null) {
            identities.put(new Identity(IdentityKind.PHONE, phone.value()), "phone");
        }
        if (externalId != null) {
            identities.put(new Identity(IdentityKind.EXTERNAL_ID, externalId), "external_id");
        }
        for (int i = 0; i < channels.size(); i++) {
            identities.putIfAbsent(channels.get(i).identity(), "channels[" + i + "]");
        }
        return identities;
    }

    /**
     * {@return the identities identify looks this person up by, in {@link MatchedBy}'s order} That is the
     * external id, the email, the phone, then each channel (a channel that repeats the email or phone counts as
     * that field).
     */
    public Map<Identity, MatchedBy> identitiesInMatchOrder() {
        Map<Identity, MatchedBy> inOrder = new LinkedHashMap<>();
        if (externalId != null) {
            inOrder.put(new Identity(IdentityKind.EXTERNAL_ID, externalId), MatchedBy.EXTERNAL_ID);
        }
        if (email != null) {
            inOrder.put(new Identity(IdentityKind.EMAIL, email.value()), MatchedBy.EMAIL);
        }
        if (phone != null) {
            inOrder.put(new Identity(IdentityKind.PHONE, phone.value()), MatchedBy.PHONE);
        }
        channels.forEach(channel -> inOrder.putIfAbsent(channel.identity(), MatchedBy.CHANNEL));
        return inOrder;
    }

    /**
     * This contact after an inbound message from the same person ({@code arrival}: the message's contact data,
     * checked by {@link #create}). Only what is empty here is filled, nothing is overwritten: tags and channels
     * gain the arrival's new ones and metadata and custom attributes its missing keys, as far as their limits
     * allow. An identity in {@code heldElsewhere} belongs to another contact and is left out. The message is
     * activity: {@code lastActivity} moves to {@code now}. One version later, even when nothing was empty.
     *
     * @param arrival       the contact the inbound message describes, as {@link #create} made it
     * @param heldElsewhere the arrival's identities that other contacts of the workspace hold
     * @param now           the moment of the message
     * @return the filled contact
     */
    public Contact fillEmpty(Contact arrival, Set<Identity> heldElsewhere, Instant now) {
        Predicate<Identity> free = identity -> !heldElsewhere.contains(identity);
        return new Contact(id, workspaceId,
                orElse(firstName, arrival.firstName),
                orElse(lastName, arrival.lastName),
                orElse(email, freeOrNull(arrival.email, value -> new Identity(IdentityKind.EMAIL, value.value()), free)),
                orElse(phone, freeOrNull(arrival.phone, value -> new Identity(IdentityKind.PHONE, value.value()), free)),
                orElse(companyName, arrival.companyName),
                orElse(avatarUrl, arrival.avatarUrl),
                union(tags, arrival.tags, Tags.MAX_TAGS),
                orElse(profileNotes, arrival.profileNotes),
                orElse(interestSummary, arrival.interestSummary),
                withMissingKeys(metadata, arrival.metadata),
                withMissingKeys(customAttributes, arrival.customAttributes),
                orElse(externalId, freeOrNull(arrival.externalId,
                        value -> new Identity(IdentityKind.EXTERNAL_ID, value), free)),
                orElse(source, arrival.source),
                union(channels, newChannels(arrival.channels, free), MAX_CHANNELS),
                blocked, doNotDisturb, botActive, conversationCount, lastConversationAt,
                latest(lastActivity, now), createdAt, now, version + 1);
    }

    /**
     * This contact with the summary of its conversations as the service recounted it: how many, and the latest
     * moment of any of them (null when none). Talking is activity, so {@code lastActivity} is never earlier than
     * the latest conversation. One version later.
     *
     * @param count                how many conversations the contact has
     * @param latestConversationAt the latest moment of any of them, or null when there are none
     * @param now                  the moment of the recount
     * @return the contact with the summary
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Contact withConversationSummary(int count, Instant latestConversationAt, Instant now) {
        if (count < 0) {
            throw new IllegalArgumentException("a contact cannot have " + count + " conversations");
        }
        return new Contact(id, workspaceId, firstName, lastName, email, phone, companyName, avatarUrl, tags,
                profileNotes, interestSummary, metadata, customAttributes, externalId, source, channels, blocked,
                doNotDisturb, botActive, count, latestConversationAt, latest(lastActivity, latestConversationAt),
                createdAt, now, version + 1);
    }

    /**
     * {@return the identities this contact and {@code other} both hold} Under the dedup rule, an identity belongs to
     * at most one contact, so a non-empty answer means both describe one person: they are duplicates, and a
     * workspace cannot store both.
     *
     * @param other another contact, e.g. one built from an incoming message
     */
    public Set<Identity> identitiesSharedWith(Contact other) {
        Set<Identity> shared = new LinkedHashSet<>(identities().keySet());
        shared.retainAll(other.identities().keySet());
        return shared;
    }

    /** The offered channels that give an identity this contact lacks and nobody else holds. */
    private List<Channel> newChannels(List<Channel> offered, Predicate<Identity> free) {
        Set<Identity> held = identities().keySet();
        return offered.stream()
                .filter(channel -> !held.contains(channel.identity()) && free.test(channel.identity()))
                .toList();
    }

    private static <T> T orElse(T current, T offered) {
        return current != null ? current : offered;
    }

    private static <T> T freeOrNull(T offered, Function<T, Identity> identity, Predicate<Identity> free) {
        return offered != null && free.test(identity.apply(offered)) ? offered : null;
    }

    /** The current elements, then the offered ones not among them, up to {@code max}; what does not fit is dropped. */
    private static <T> List<T> union(List<T> current, List<T> offered, int max) {
        Set<T> merged = new LinkedHashSet<>(current);
        offered.stream().filter(element -> merged.size() < max).forEach(merged::add);
        return List.copyOf(merged);
    }

    /** The current object plus each offered key it lacks, in the offered order, as long as the result fits. */
    private static Map<String, Object> withMissingKeys(Map<String, Object> current, Map<String, Object> offered) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        offered.forEach((key, value) -> {
            if (!merged.containsKey(key)) {
                merged.put(key, value);
                if (JsonShape.serializedSize(merged) > MAX_JSON_BYTES) {
                    merged.remove(key);
                }
            }
        });
        return merged;
    }

    private static Instant latest(Instant current, Instant candidate) {
        return candidate != null && (current == null || candidate.isAfter(current)) ? candidate : current;
    }

    private boolean isIdentifiable() {
        return firstName != null || lastName != null || email != null || phone != null || externalId != null
                || !channels.isEmpty();
    }

    private PersonName name(ContactChanges changes, Violations violations) {
        if (changes.firstName().isPresent() || changes.lastName().isPresent() || !changes.name().isPresent()) {
            return new PersonName(
                    text(violations, "first_name", changes.firstName(), firstName, MAX_NAME_LENGTH),
                    text(violations, "last_name", changes.lastName(), lastName, MAX_NAME_LENGTH));
        }
        String fullName = changes.name().applyTo(null);
        PersonName split = PersonName.split(fullName);
        violations.check("name", () -> {
            checkText(split.firstName(), MAX_NAME_LENGTH);
            checkText(split.lastName(), MAX_NAME_LENGTH);
            return split;
        });
        return split;
    }

    private List<Tag> tags(Change<List<String>> change, Violations violations) {
        if (!change.isPresent()) {
            return tags;
        }
        List<String> raw = change.applyTo(null);
        return raw == null ? List.of() : Tags.parse(raw, "tags", violations);
    }

    private List<Channel> channels(Change<List<ChannelInput>> change, ContactPolicy policy, Violations violations) {
        if (!change.isPresent()) {
            return channels;
        }
        List<ChannelInput> inputs = change.applyTo(null);
        if (inputs == null) {
            return List.of();
        }
        if (inputs.size() > MAX_CHANNELS) {
            violations.add("channels", "must hold at most " + MAX_CHANNELS + " channels");
            return List.of();
        }
        Set<Identity> seen = new LinkedHashSet<>();
        List<Channel> parsed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ChannelInput input = inputs.get(i);
            String field = "channels[" + i + "]";
            ChannelType type = input.type() == null ? null : ChannelType.fromWireName(input.type()).orElse(null);
            if (type == null) {
                violations.add(field + ".type", "must be one of email, phone, instagram, whatsapp, messenger, telegram, custom");
                continue;
            }
            if (input.value() == null) {
                violations.add(field + ".value", "is required");
                continue;
            }
            Channel channel = violations.check(field + ".value", () -> {
                checkText(input.value(), Integer.MAX_VALUE);
                return Channel.parse(type, input.value(), policy.defaultPhoneRegion());
            });
            if (channel != null && seen.add(channel.identity())) {
                parsed.add(channel);
            }
        }
        return parsed;
    }

    private Map<String, Object> metadata(Change<Map<String, Object>> change, Violations violations) {
        if (!change.isPresent()) {
            return metadata;
        }
        Map<String, Object> patch = change.applyTo(null);
        if (patch == null) {
            return Map.of();
        }
        Map<String, Object> merged = JsonMergePatch.applyToObject(metadata, patch);
        if (JsonShape.depth(merged) > MAX_JSON_DEPTH) {
            violations.add("metadata", "must nest at most " + MAX_JSON_DEPTH + " levels deep");
        } else if (JsonShape.serializedSize(merged) > MAX_JSON_BYTES) {
            violations.add("metadata", "must be at most " + MAX_JSON_BYTES + " bytes as JSON");
        }
        return merged;
    }

    private Map<String, Object> customAttributes(Change<Map<String, Object>> change, ContactPolicy policy,
                                                 Violations violations) {
        if (!change.isPresent()) {
            return customAttributes;
        }
        Map<String, Object> patch = change.applyTo(null);
        if (patch == null) {
            return Map.of();
        }
        Map<String, Object> merged = JsonMergePatch.applyToObject(customAttributes, patch);
        for (Map.Entry<String, Object> attribute : patch.entrySet()) {
            String key = attribute.getKey();
            Object value = attribute.getValue();
            if (value == null) {
                continue;
            }
            violations.check("custom_attributes." + key, () -> {
                checkCustomAttribute(key, value, policy);
                return key;
            });
        }
        if (JsonShape.serializedSize(merged) > MAX_JSON_BYTES) {
            violations.add("custom_attributes", "must be at most " + MAX_JSON_BYTES + " bytes as JSON");
        }
        return merged;
    }

    private static void checkCustomAttribute(String key, Object value, ContactPolicy policy) {
        if (key.isBlank() || key.codePointCount(0, key.length()) > MAX_CUSTOM_ATTRIBUTE_KEY_LENGTH) {
            throw new InvalidValue("key must be 1 to " + MAX_CUSTOM_ATTRIBUTE_KEY_LENGTH + " characters");
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new InvalidValue("must be a string, a number or a boolean");
        }
        if (value instanceof String text) {
            checkText(text, MAX_CUSTOM_ATTRIBUTE_TEXT_LENGTH);
        }
        CustomAttributeDefinition definition = policy.customAttributes().get(key);
        if (definition != null) {
            definition.check(value);
        } else if (policy.settings().strictCustomAttributes()) {
            throw new InvalidValue("is not a defined custom attribute (the workspace is in strict mode)");
        }
    }

    private static String avatarUrl(String raw) {
        checkText(raw, MAX_AVATAR_URL_LENGTH);
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return raw;
            }
        } catch (URISyntaxException notAUri) {
            // answered below
        }
        throw new InvalidValue("must be an http or https URL");
    }

    /** A text field: trimmed, blank clears it, at most {@code maxLength} characters. */
    private static String text(Violations violations, String field, Change<String> change, String current,
                               int maxLength) {
        return value(violations, field, change, current, raw -> checkText(raw, maxLength));
    }

    private static <T> T value(Violations violations, String field, Change<String> change, T current,
                               Function<String, T> parse) {
        if (!change.isPresent()) {
            return current;
        }
        String raw = change.applyTo(null);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return violations.check(field, () -> parse.apply(raw.strip()));
    }

    private static String checkText(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidValue("must not contain NUL characters");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidValue("must be at most " + maxLength + " characters");
        }
        return text;
    }
}
