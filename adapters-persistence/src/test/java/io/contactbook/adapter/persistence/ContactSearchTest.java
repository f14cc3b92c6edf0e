package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Contacts.SearchTerms;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.IdentityKind;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static io.contactbook.adapter.persistence.TestContacts.newContact;
import static io.contactbook.domain.shared.Change.to;
import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ContactSearchTest {

    @Inject
    Contacts contacts;

    @Inject
    TestDatabase database;

    @Test
    void anIdentityHeldExactlyComesFirstThenPrefixesThenTheRestEachByName() {
        WorkspaceId workspace = database.newWorkspace();
        Contact exact = add(workspace, input -> input.firstName(to("Zoe")).externalId(to("Anna")));
        Contact firstName = add(workspace, input -> input.firstName(to("Anna")).lastName(to("Smith")));
        Contact company = add(workspace, input -> input.firstName(to("Bob")).companyName(to("Annapurna Treks")));
        Contact lastName = add(workspace, input -> input.firstName(to("Mia")).lastName(to("Annaberg")));
        Contact insideName = add(workspace, input -> input.firstName(to("Joanna")).lastName(to("Doe")));
        Contact insideEmail = add(workspace, input -> input.firstName(to("Lee")).email(to("lee.anna@example.com")));
        add(workspace, input -> input.firstName(to("Carl")));
        SearchTerms anna = new SearchTerms("Anna", List.of(new Identity(IdentityKind.EXTERNAL_ID, "Anna"),
                new Identity(IdentityKind.INSTAGRAM, "anna")), Optional.empty());

        assertThat(search(workspace, anna, 10)).containsExactly(exact.id(), firstName.id(), company.id(),
                lastName.id(), insideName.id(), insideEmail.id());
        assertThat(search(workspace, anna, 2)).containsExactly(exact.id(), firstName.id());
    }

    @Test
    void anExactEmailComesBeforeAnEmailItBegins() {
        WorkspaceId workspace = database.newWorkspace();
        Contact exact = add(workspace, input -> input.firstName(to("Zed")).email(to("ada@example.com")));
        Contact longer = add(workspace, input -> input.firstName(to("Aaron")).email(to("ada@example.community")));

        SearchTerms email = new SearchTerms("ada@example.com",
                List.of(new Identity(IdentityKind.EMAIL, "ada@example.com")), Optional.empty());

        assertThat(search(workspace, email, 10)).containsExactly(exact.id(), longer.id());
    }

    @Test
    void theFullNameStartsWithATermThatSpansFirstAndLastName() {
        WorkspaceId workspace = database.newWorkspace();
        Contact prefix = add(workspace, input -> input.firstName(to("Anna")).lastName(to("Smithers")));
        Contact inside = add(workspace, input -> input.firstName(to("Aanna")).lastName(to("Smith")));

        assertThat(search(workspace, text("anna smi"), 10)).containsExactly(prefix.id(), inside.id());
    }

    @Test
    void phoneDigitsMatchTheStoredNumberWhateverTheTextLooksLike() {
        WorkspaceId workspace = database.newWorkspace();
        Contact phone = add(workspace, input -> input.phone(to("+15550123456")));
        add(workspace, input -> input.phone(to("+15559999999")));

        SearchTerms digits = new SearchTerms("555 012", List.of(), Optional.of("555012"));

        assertThat(search(workspace, digits, 10)).containsExactly(phone.id());
    }

    @Test
    void theTextIsLiteral() {
        WorkspaceId workspace = database.newWorkspace();
        Contact percent = add(workspace, input -> input.firstName(to("Zed")).companyName(to("100% Natural")));
        add(workspace, input -> input.firstName(to("Zed")).companyName(to("1000 Naturals")));

        assertThat(search(workspace, text("100%"), 10)).containsExactly(percent.id());
    }

    @Test
    void anotherWorkspacesContactsNeverMatch() {
        WorkspaceId workspace = database.newWorkspace();
        WorkspaceId other = database.newWorkspace();
        add(other, input -> input.firstName(to("Anna")).externalId(to("Anna")).phone(to("+15550123456")));

        SearchTerms terms = new SearchTerms("Anna", List.of(new Identity(IdentityKind.EXTERNAL_ID, "Anna")),
                Optional.of("5550123456"));

        assertThat(search(workspace, terms, 10)).isEmpty();
    }

    private Contact add(WorkspaceId workspace, UnaryOperator<ContactChanges.Builder> input) {
        Contact contact = newContact(workspace, input);
        requiringNew().run(() -> contacts.add(contact));
        return contact;
    }

    private List<ContactId> search(WorkspaceId workspace, SearchTerms terms, int limit) {
        return requiringNew().call(() -> contacts.search(workspace, terms, limit)).stream().map(Contact::id).toList();
    }

    private static SearchTerms text(String text) {
        return new SearchTerms(text, List.of(), Optional.empty());
    }
}
