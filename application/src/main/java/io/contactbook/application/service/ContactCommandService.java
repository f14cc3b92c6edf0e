package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.CreateContactUseCase;
import io.contactbook.application.port.in.DeleteContactUseCase;
import io.contactbook.application.port.in.QuickCreateContactUseCase;
import io.contactbook.application.port.in.UpdateContactUseCase;
import io.contactbook.application.port.in.VersionMismatch;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.DuplicateContact;
import io.contactbook.domain.contact.EmailAddress;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.IdentityKind;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.InvalidValue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/** The writes to contacts. Each method is one use case and runs as one transaction (wired in bootstrap). */
public class ContactCommandService
        implements CreateContactUseCase, QuickCreateContactUseCase, UpdateContactUseCase, DeleteContactUseCase {

    private final Contacts contacts;
    private final Workspaces workspaces;
    private final Clock clock;

    public ContactCommandService(Contacts contacts, Workspaces workspaces, Clock clock) {
        this.contacts = contacts;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public ContactView create(CreateContactCommand command) {
        Contact contact = Contact.create(ContactId.generate(), command.workspace(), command.input(),
                workspaces.contactPolicy(command.workspace()), now());
        contacts.add(contact);
        return ContactView.of(contact);
    }

    @Override
    public QuickCreateResult quickCreate(QuickCreateContactCommand command) {
        Optional<Identity> email = emailIdentity(command.email());
        Optional<Contact> existing = email.flatMap(identity -> contacts.findByIdentity(command.workspace(), identity));
        if (existing.isPresent()) {
            return new QuickCreateResult(ContactView.of(existing.get()), false);
        }
        ContactChanges input = ContactChanges.builder()
                .firstName(Change.toNullable(command.firstName()))
                .lastName(Change.toNullable(command.lastName()))
                .email(Change.toNullable(command.email()))
                .build();
        try {
            return new QuickCreateResult(create(new CreateContactCommand(command.workspace(), input)), true);
        } catch (DuplicateContact raced) {
            // Another request created this person between our look-up and our insert: theirs is the answer.
            Contact holder = contacts.find(command.workspace(), raced.holder()).orElseThrow(() -> raced);
            return new QuickCreateResult(ContactView.of(holder), false);
        }
    }

    @Override
    public Optional<ContactView> update(UpdateContactCommand command) {
        return contacts.findForUpdate(command.workspace(), command.contact()).map(current -> {
            requireVersion(current, command.expectedVersion());
            Contact changed = current.apply(command.changes(), workspaces.contactPolicy(command.workspace()), now());
            contacts.update(changed);
            return ContactView.of(changed);
        });
    }

    @Override
    public boolean delete(DeleteContactCommand command) {
        Optional<Contact> current = contacts.findForUpdate(command.workspace(), command.contact());
        if (current.isEmpty()) {
            return false;
        }
        requireVersion(current.get(), command.expectedVersion());
        return contacts.remove(command.workspace(), command.contact());
    }

    private static void requireVersion(Contact contact, OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != contact.version()) {
            throw new VersionMismatch(contact.version());
        }
    }

    private static Optional<Identity> emailIdentity(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Identity(IdentityKind.EMAIL, EmailAddress.parse(email).value()));
        } catch (InvalidValue invalid) {
            return Optional.empty(); // the create below reports it as the validation error it is
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
