package io.contactbook.domain.note;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.note.Note.NoteDeleter;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteTest {

    private static final Instant NOW = Instant.parse("2026-03-18T09:15:00.123Z");
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final ContactId CONTACT = ContactId.generate();

    @Nested
    class Content {

        @Test
        void isKeptExactlyAsWritten() {
            String written = "  Called on Monday:\n  - wants the annual plan\n";

            assertThat(write(written).content().value()).isEqualTo(written);
        }

        @Test
        void mayBeOneToTenThousandCharacters() {
            assertThat(write("x").content().value()).hasSize(1);
            assertThat(write("x".repeat(NoteContent.MAX_LENGTH)).content().value()).hasSize(10_000);
            assertViolation(() -> write("x".repeat(NoteContent.MAX_LENGTH + 1)), "must be at most 10000 characters");
        }

        @Test
        void countsCharactersNotUtf16Units() {
            String emoji = "\uD83D\uDE00";

            assertThat(write(emoji.repeat(NoteContent.MAX_LENGTH)).content().value()).hasSize(20_000);
            assertViolation(() -> write(emoji.repeat(NoteContent.MAX_LENGTH + 1)),
                    "must be at most 10000 characters");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\n\t  "})
        void mustNotBeBlank(String blank) {
            assertViolation(() -> write(blank), "must not be blank");
        }

        @Test
        void isRequired() {
            assertViolation(() -> write(null), "is required");
        }

        @Test
        void mustNotContainNul() {
            assertViolation(() -> write("before\u0000after"), "must not contain NUL characters");
        }

        private void assertViolation(Runnable write, String message) {
            assertThatThrownBy(write::run)
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.violations()).containsEntry("content", message));
        }
    }

    @Test
    void aWrittenNoteHasANewIdItsAuthorAndTheTime() {
        Note first = write("first");
        Note second = write("second");

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.author()).isEqualTo("agent:42");
        assertThat(first.createdAt()).isEqualTo(NOW);
        assertThat(first.contactId()).isEqualTo(CONTACT);
    }

    @Nested
    class Deleting {

        private final Note note = write("private");

        @Test
        void isAllowedToItsAuthor() {
            assertThat(note.mayBeDeletedBy(new NoteDeleter("agent:42", false))).isTrue();
        }

        @Test
        void isRefusedToAnotherPrincipal() {
            assertThat(note.mayBeDeletedBy(new NoteDeleter("agent:7", false))).isFalse();
        }

        @Test
        void comparesPrincipalsExactly() {
            assertThat(note.mayBeDeletedBy(new NoteDeleter("Agent:42", false))).isFalse();
        }

        @Test
        void isAllowedToWhoeverMayDeleteAnyNote() {
            assertThat(note.mayBeDeletedBy(new NoteDeleter("agent:7", true))).isTrue();
        }
    }

    private static Note write(String content) {
        return Note.write(WORKSPACE, CONTACT, content, "agent:42", NOW);
    }
}
