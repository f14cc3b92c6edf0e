package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactTagsUseCase.TagRemoval;
import io.contactbook.application.port.in.TagCountsUseCase.TagCount;
import io.contactbook.application.port.out.InMemoryContacts;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactTagServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-18T09:15:00Z"));
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final List<TagCount> counted = List.of(new TagCount("vip", 3));
    private final ContactTagService service = new ContactTagService(contacts, workspaces, workspace -> counted, clock);
    private final WorkspaceId workspace = workspaces.create("acme");
    private final ContactId contact = store(List.of("vip"));

    @Test
    void addingAppendsNewTagsInTheirNormalForm() {
        assertThat(service.addTags(workspace, contact, List.of(" Beta ", "VIP"))).contains(List.of("vip", "beta"));
        assertThat(contacts.find(workspace, contact).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void replacingAndRemovingChangeTheStoredContact() {
        assertThat(service.replaceTags(workspace, contact, List.of("a", "b"))).contains(List.of("a", "b"));
        assertThat(service.removeTag(workspace, contact, " A ")).isEqualTo(TagRemoval.REMOVED);
        assertThat(service.tagsOf(workspace, contact)).contains(List.of("b"));
        assertThat(service.removeTag(workspace, contact, "a")).isEqualTo(TagRemoval.NOT_TAGGED);
        assertThat(service.removeTag(workspace, contact, " ")).isEqualTo(TagRemoval.NOT_TAGGED);
        assertThat(service.removeTag(workspace, ContactId.generate(), "b")).isEqualTo(TagRemoval.NO_SUCH_CONTACT);
    }

    @Test
    void theContactsRulesHoldAndABrokenChangeWritesNothing() {
        List<String> fiftyOne = IntStream.range(0, 51).mapToObj(i -> "t" + i).toList();
        assertThatThrownBy(() -> service.addTags(workspace, contact, fiftyOne)).isInstanceOf(RuleViolation.class);
        assertThat(service.tagsOf(workspace, contact)).contains(List.of("vip"));
        assertThat(service.addTags(workspace, ContactId.generate(), List.of("x"))).isEmpty();
    }

    @Test
    void countsComeFromThePort() {
        assertThat(service.tagCounts(workspace)).isEqualTo(counted);
    }

    private ContactId store(List<String> tags) {
        Contact created = Contact.create(ContactId.generate(), workspace,
                ContactChanges.builder().name(Change.to("Tagged")).tags(Change.to(tags)).build(),
                ContactPolicy.DEFAULTS, clock.instant());
        contacts.add(created);
        return created.id();
    }
}
