package io.contactbook.domain.list;

import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ContactListTest {

    private static final Instant CREATED = Instant.parse("2026-03-18T09:15:00.000Z");
    private static final Instant LATER = CREATED.plusSeconds(60);
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());

    @Test
    void isCreatedWithATrimmedNameAndDescription() {
        ContactList list = create(Change.to("  Newsletter "), Change.to(" Monthly readers "));

        assertThat(list.name().value()).isEqualTo("Newsletter");
        assertThat(list.description()).isEqualTo("Monthly readers");
        assertThat(list.createdAt()).isEqualTo(CREATED);
        assertThat(list.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void needsAName() {
        assertThat(violations(() -> create(Change.keep(), Change.keep()))).containsEntry("name", "is required");
        assertThat(violations(() -> create(Change.clear(), Change.keep()))).containsEntry("name", "is required");
        assertThat(violations(() -> create(Change.to("   "), Change.keep()))).containsKey("name");
    }

    @Test
    void takesANameOfOneHundredCharactersButNotOneMore() {
        assertThat(create(Change.to("n".repeat(100)), Change.keep()).name().value()).hasSize(100);
        assertThat(violations(() -> create(Change.to("n".repeat(101)), Change.keep())))
                .containsEntry("name", "must be at most 100 characters");
    }

    @Test
    void takesADescriptionOfOneThousandCharactersButNotOneMore() {
        assertThat(create(Change.to("a"), Change.to("d".repeat(1000))).description()).hasSize(1000);
        assertThat(violations(() -> create(Change.to("a"), Change.to("d".repeat(1001)))))
                .containsEntry("description", "must be at most 1000 characters");
    }

    @Test
    void reportsEveryBrokenFieldAtOnce() {
        assertThat(violations(() -> create(Change.to("n\u0000"), Change.to("d".repeat(1001)))))
                .containsOnlyKeys("name", "description");
    }

    @Test
    void changesOnlyTheFieldsPresent() {
        ContactList list = create(Change.to("Newsletter"), Change.to("Monthly readers"));

        ContactList renamed = list.apply(new ListChanges(Change.to("Weekly"), Change.keep()), LATER);

        assertThat(renamed.name().value()).isEqualTo("Weekly");
        assertThat(renamed.description()).isEqualTo("Monthly readers");
        assertThat(renamed.createdAt()).isEqualTo(CREATED);
        assertThat(renamed.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aDescriptionCanBeClearedButANameCannot() {
        ContactList list = create(Change.to("Newsletter"), Change.to("Monthly readers"));

        assertThat(list.apply(new ListChanges(Change.keep(), Change.clear()), LATER).description()).isNull();
        assertThat(list.apply(new ListChanges(Change.keep(), Change.to(" ")), LATER).description()).isNull();
        assertThat(violations(() -> list.apply(new ListChanges(Change.clear(), Change.keep()), LATER)))
                .containsEntry("name", "is required");
    }

    @Test
    void namesCompareWithoutRegardToCase() {
        assertThat(ListName.parse("VIP Customers").comparable()).isEqualTo(ListName.parse("vip customers").comparable());
        assertThat(ListName.parse("VIP").comparable()).isNotEqualTo(ListName.parse("VIP 2").comparable());
    }

    @Test
    void aTakenNameIsABrokenRuleOfTheName() {
        assertThat(new ListNameTaken().violations()).containsOnlyKeys("name");
    }

    private static ContactList create(Change<String> name, Change<String> description) {
        return ContactList.create(ContactListId.generate(), WORKSPACE, new ListChanges(name, description), CREATED);
    }

    private static java.util.Map<String, String> violations(Runnable write) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, write::run);
        assertThat(violation).as("a rule violation").isNotNull();
        return violation.violations();
    }
}
