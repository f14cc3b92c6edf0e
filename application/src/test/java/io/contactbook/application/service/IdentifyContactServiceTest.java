package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.IdentifyContactUseCase.IdentifyContactCommand;
import io.contactbook.application.port.in.IdentifyContactUseCase.IdentifyResult;
import io.contactbook.application.port.out.ClaimedAfterLookUp;
import io.contactbook.application.port.out.InMemoryContacts;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.contact.ChannelInput;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.contact.DuplicateContact;
import io.contactbook.domain.contact.MatchedBy;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifyContactServiceTest {

    private static final Instant START = Instant.parse("2026-03-18T09:15:00.123456Z");
    private static final Instant START_IN_MILLIS = Instant.parse("2026-03-18T09:15:00.123Z");

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final WorkspaceId workspace = workspaces.create("acme");
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final IdentifyContactService service = new IdentifyContactService(contacts, workspaces, clock);

    @Test
    void createsAPersonNobodyKnows() {
        IdentifyResult result = identify(input -> input.email(Change.to("Jane@Example.com")));

        assertThat(result.created()).isTrue();
        assertThat(result.matchedBy()).isEmpty();
        assertThat(result.contact().email()).isEqualTo("jane@example.com");
        assertThat(contacts.all()).extracting(contact -> contact.id().value()).containsExactly(result.contact().id());
    }

    @Test
    void findsAKnownPersonAndFillsOnlyWhatIsEmpty() {
        ContactView known = identify(input -> input.email(Change.to("jane@example.com")).firstName(Change.to("Jane")))
                .contact();
        clock.advance(Duration.ofMinutes(5));

        IdentifyResult again = identify(input -> input.email(Change.to("JANE@example.com"))
                .firstName(Change.to("Janet")).companyName(Change.to("Acme")));

        assertThat(again.created()).isFalse();
        assertThat(again.matchedBy()).contains(MatchedBy.EMAIL);
        assertThat(again.contact().id()).isEqualTo(known.id());
        assertThat(again.contact().firstName()).isEqualTo("Jane");
        assertThat(again.contact().companyName()).isEqualTo("Acme");
        assertThat(again.contact().lastActivity()).isEqualTo(START_IN_MILLIS.plus(Duration.ofMinutes(5)));
        assertThat(again.contact().version()).isEqualTo(known.version() + 1);
        assertThat(stored(known.id())).isEqualTo(again.contact());
    }

    @Test
    void theExternalIdWinsOverTheEmailThePhoneAndTheChannels() {
        ContactView byChannel = created(input -> input.channels(Change.to(List.of(new ChannelInput("telegram", "@jane")))));
        ContactView byPhone = created(input -> input.phone(Change.to("+15550123456")));
        ContactView byEmail = created(input -> input.email(Change.to("jane@example.com")));
        ContactView byExternalId = created(input -> input.externalId(Change.to("crm-1")));
        UnaryOperator<ContactChanges.Builder> all = input -> input.externalId(Change.to("crm-1"))
                .email(Change.to("jane@example.com")).phone(Change.to("+15550123456"))
                .channels(Change.to(List.of(new ChannelInput("telegram", "@Jane"))));

        IdentifyResult result = identify(all);

        assertThat(result.matchedBy()).contains(MatchedBy.EXTERNAL_ID);
        assertThat(result.contact().id()).isEqualTo(byExternalId.id());
        // The others hold the email, phone and handle: the match leaves them where they are.
        assertThat(result.contact().email()).isNull();
        assertThat(result.contact().phone()).isNull();
        assertThat(result.contact().channels()).isEmpty();
        assertThat(stored(byEmail.id()).email()).isEqualTo("jane@example.com");
        assertThat(List.of(byPhone, byChannel)).allSatisfy(other -> assertThat(stored(other.id())).isEqualTo(other));
    }

    @Test
    void thenTheEmailThenThePhoneThenAChannel() {
        ContactView byChannel = created(input -> input.channels(Change.to(List.of(new ChannelInput("telegram", "@jane")))));
        assertThat(identify(input -> input.firstName(Change.to("Jane"))
                .channels(Change.to(List.of(new ChannelInput("telegram", "@JANE"))))).matchedBy())
                .contains(MatchedBy.CHANNEL);
        ContactView byPhone = created(input -> input.phone(Change.to("+15550123457")));

        IdentifyResult result = identify(input -> input.phone(Change.to("+1 555 012 3457"))
                .channels(Change.to(List.of(new ChannelInput("telegram", "@jane")))));

        assertThat(result.matchedBy()).contains(MatchedBy.PHONE);
        assertThat(result.contact().id()).isEqualTo(byPhone.id());
        assertThat(stored(byChannel.id()).channels()).hasSize(1);
    }

    @Test
    void aBadInputIsRefusedEvenForAKnownPersonAndChangesNothing() {
        ContactView known = created(input -> input.email(Change.to("jane@example.com")));

        assertThatThrownBy(() -> identify(input -> input.email(Change.to("jane@example.com"))
                .avatarUrl(Change.to("ftp://nope"))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.violations()).containsOnlyKeys("avatar_url"));
        assertThat(stored(known.id())).isEqualTo(known);
    }

    @Test
    void aCreateThatLosesTheRaceFillsTheWinner() {
        Contact rival = Contact.create(ContactId.generate(), workspace,
                ContactChanges.builder().email(Change.to("jane@example.com")).build(), ContactPolicy.DEFAULTS, START);
        ClaimedAfterLookUp racing = new ClaimedAfterLookUp(rival);
        IdentifyContactService racingService = new IdentifyContactService(racing, workspaces, clock);

        IdentifyResult result = racingService.identify(new IdentifyContactCommand(workspace, ContactChanges.builder()
                .email(Change.to("jane@example.com")).firstName(Change.to("Jane")).build()));

        assertThat(result.created()).isFalse();
        assertThat(result.matchedBy()).contains(MatchedBy.EMAIL);
        assertThat(result.contact().id()).isEqualTo(rival.id().value());
        assertThat(result.contact().firstName()).isEqualTo("Jane");
        assertThat(racing.all()).hasSize(1);
    }

    @Test
    void anIdentityThatKeepsChangingHandsEndsInTheDuplicateOfTheLastRace() {
        AlwaysTaken taken = new AlwaysTaken();
        IdentifyContactService racingService = new IdentifyContactService(taken, workspaces, clock);

        assertThatThrownBy(() -> racingService.identify(new IdentifyContactCommand(workspace,
                ContactChanges.builder().email(Change.to("jane@example.com")).build())))
                .isInstanceOf(DuplicateContact.class);
        assertThat(taken.adds).isEqualTo(3);
    }

    @Test
    void aPersonWithOnlyANameIsNewEveryTime() {
        identify(input -> input.name(Change.to("Jane Doe")));

        assertThat(identify(input -> input.name(Change.to("Jane Doe"))).created()).isTrue();
        assertThat(contacts.all()).hasSize(2);
    }

    private IdentifyResult identify(UnaryOperator<ContactChanges.Builder> input) {
        return service.identify(new IdentifyContactCommand(workspace, input.apply(ContactChanges.builder()).build()));
    }

    private ContactView created(UnaryOperator<ContactChanges.Builder> input) {
        IdentifyResult result = identify(input);
        assertThat(result.created()).isTrue();
        return result.contact();
    }

    private ContactView stored(java.util.UUID id) {
        return contacts.find(workspace, new ContactId(id)).map(ContactView::of).orElseThrow();
    }


    /** Every add loses a race, and the winner is gone again before we look. */
    private static final class AlwaysTaken extends InMemoryContacts {

        private int adds;

        @Override
        public synchronized void add(Contact contact) {
            adds++;
            throw new DuplicateContact("email", ContactId.generate());
        }
    }
}
