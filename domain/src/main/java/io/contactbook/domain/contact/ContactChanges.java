package io.contactbook.domain.contact;

import io.contactbook.domain.shared.Change;

import java.util.List;
import java.util.Map;

/**
 * A write to a contact as the client sent it, field by field: keep, clear or set (see {@link Change}).
 * {@code name} is read only when neither {@code firstName} nor {@code lastName} is present;
 * {@code metadata} and {@code customAttributes} are JSON Merge Patches; {@code tags} and {@code channels} replace.
 * A create is these changes applied to a blank contact.
 */
public record ContactChanges(
        Change<String> firstName,
        Change<String> lastName,
        Change<String> name,
        Change<String> email,
        Change<String> phone,
        Change<String> companyName,
        Change<String> avatarUrl,
        Change<List<String>> tags,
        Change<String> profileNotes,
        Change<String> interestSummary,
        Change<Map<String, Object>> metadata,
        Change<Map<String, Object>> customAttributes,
        Change<String> externalId,
        Change<String> source,
        Change<List<ChannelInput>> channels,
        Change<Boolean> blocked,
        Change<Boolean> doNotDisturb,
        Change<Boolean> botActive) {

    /** {@return a builder with every field kept} */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts with every field kept. */
    public static final class Builder {
        private Change<String> firstName = Change.keep();
        private Change<String> lastName = Change.keep();
        private Change<String> name = Change.keep();
        private Change<String> email = Change.keep();
        private Change<String> phone = Change.keep();
        private Change<String> companyName = Change.keep();
        private Change<String> avatarUrl = Change.keep();
        private Change<List<String>> tags = Change.keep();
        private Change<String> profileNotes = Change.keep();
        private Change<String> interestSummary = Change.keep();
        private Change<Map<String, Object>> metadata = Change.keep();
        private Change<Map<String, Object>> customAttributes = Change.keep();
        private Change<String> externalId = Change.keep();
        private Change<String> source = Change.keep();
        private Change<List<ChannelInput>> channels = Change.keep();
        private Change<Boolean> blocked = Change.keep();
        private Change<Boolean> doNotDisturb = Change.keep();
        private Change<Boolean> botActive = Change.keep();

        private Builder() {
        }

        /**
         * {@return this builder, with the change to {@code firstName}}
         *
         * @param change keep, clear or set
         */
        public Builder firstName(Change<String> change) { firstName = change; return this; }

        /**
         * {@return this builder, with the change to {@code lastName}}
         *
         * @param change keep, clear or set
         */
        public Builder lastName(Change<String> change) { lastName = change; return this; }

        /**
         * {@return this builder, with the change to {@code name}}
         *
         * @param change keep, clear or set
         */
        public Builder name(Change<String> change) { name = change; return this; }

        /**
         * {@return this builder, with the change to {@code email}}
         *
         * @param change keep, clear or set
         */
        public Builder email(Change<String> change) { email = change; return this; }

        /**
         * {@return this builder, with the change to {@code phone}}
         *
         * @param change keep, clear or set
         */
        public Builder phone(Change<String> change) { phone = change; return this; }

        /**
         * {@return this builder, with the change to {@code companyName}}
         *
         * @param change keep, clear or set
         */
        public Builder companyName(Change<String> change) { companyName = change; return this; }

        /**
         * {@return this builder, with the change to {@code avatarUrl}}
         *
         * @param change keep, clear or set
         */
        public Builder avatarUrl(Change<String> change) { avatarUrl = change; return this; }

        /**
         * {@return this builder, with the change to {@code tags}}
         *
         * @param change keep, clear or set
         */
        public Builder tags(Change<List<String>> change) { tags = change; return this; }

        /**
         * {@return this builder, with the change to {@code profileNotes}}
         *
         * @param change keep, clear or set
         */
        public Builder profileNotes(Change<String> change) { profileNotes = change; return this; }

        /**
         * {@return this builder, with the change to {@code interestSummary}}
         *
         * @param change keep, clear or set
         */
        public Builder interestSummary(Change<String> change) { interestSummary = change; return this; }

        /**
         * {@return this builder, with the change to {@code metadata}}
         *
         * @param change keep, clear or set
         */
        public Builder metadata(Change<Map<String, Object>> change) { metadata = change; return this; }

        /**
         * {@return this builder, with the change to {@code customAttributes}}
         *
         * @param change keep, clear or set
         */
        public Builder customAttributes(Change<Map<String, Object>> change) { customAttributes = change; return this; }

        /**
         * {@return this builder, with the change to {@code externalId}}
         *
         * @param change keep, clear or set
         */
        public Builder externalId(Change<String> change) { externalId = change; return this; }

        /**
         * {@return this builder, with the change to {@code source}}
         *
         * @param change keep, clear or set
         */
        public Builder source(Change<String> change) { source = change; return this; }

        /**
         * {@return this builder, with the change to {@code channels}}
         *
         * @param change keep, clear or set
         */
        public Builder channels(Change<List<ChannelInput>> change) { channels = change; return this; }

        /**
         * {@return this builder, with the change to {@code blocked}}
         *
         * @param change keep, clear or set
         */
        public Builder blocked(Change<Boolean> change) { blocked = change; return this; }

        /**
         * {@return this builder, with the change to {@code doNotDisturb}}
         *
         * @param change keep, clear or set
         */
        public Builder doNotDisturb(Change<Boolean> change) { doNotDisturb = change; return this; }

        /**
         * {@return this builder, with the change to {@code botActive}}
         *
         * @param change keep, clear or set
         */
        public Builder botActive(Change<Boolean> change) { botActive = change; return this; }

        /** {@return the changes as set so far} */
        public ContactChanges build() {
            return new ContactChanges(firstName, lastName, name, email, phone, companyName, avatarUrl, tags,
                    profileNotes, interestSummary, metadata, customAttributes, externalId, source, channels,
                    blocked, doNotDisturb, botActive);
        }
    }
}
