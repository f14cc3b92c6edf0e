package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.IdentifyContactUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.DuplicateContact;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.MatchedBy;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The inbound identify; one transaction per call (wired in bootstrap). */
public class IdentifyContactService implements IdentifyContactUseCase {

    /**
     * A write that lost a race for an identity looks again, and then finds the winner. Only a person whose
     * identities keep changing hands meanwhile needs more; they get the 409 of the last race.
     */
    private static final int MAX_ATTEMPTS = 3;

    private final Contacts contacts;
    private final Workspaces workspaces;
    private final Clock clock;

    public IdentifyContactService(Contacts contacts, Workspaces workspaces, Clock clock) {
        this.contacts = contacts;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public IdentifyResult identify(IdentifyContactCommand command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Checked in full before any look-up: a bad input is a 400 whether or not the person is known.
        Contact arrival = Contact.create(ContactId.generate(), command.workspace(), command.input(),
                workspaces.contactPolicy(command.workspace()), now);
        for (int attempt = 1; ; attempt++) {
            try {
                return identifyOnce(arrival, now);
            } catch (DuplicateContact raced) {
                // Contacts wrote nothing: another request took one of these identities after our look-up.
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private IdentifyResult identifyOnce(Contact arrival, Instant now) {
        Optional<Match> match = firstMatch(arrival);
        // Locked before it is filled, so that concurrent identifies of one person fill it one after another.
        Optional<Contact> known = match.flatMap(found -> contacts.findForUpdate(arrival.workspaceId(), found.id()));
        if (known.isEmpty()) {
            contacts.add(arrival);
            return new IdentifyResult(ContactView.of(arrival), true, Optional.empty());
        }
        Contact filled = known.get().fillEmpty(arrival, heldElsewhere(arrival, known.get().id()), now);
        contacts.update(filled);
        return new IdentifyResult(ContactView.of(filled), false, Optional.of(match.get().by()));
    }

    private Optional<Match> firstMatch(Contact arrival) {
        for (Map.Entry<Identity, MatchedBy> candidate : arrival.identitiesInMatchOrder().entrySet()) {
            Optional<Contact> holder = contacts.findByIdentity(arrival.workspaceId(), candidate.getKey());
            if (holder.isPresent()) {
                return Optional.of(new Match(holder.get().id(), candidate.getValue()));
            }
        }
        return Optional.empty();
    }

    /** The arrival's identities that a contact other than {@code known} holds: filling them would be a duplicate. */
    private Set<Identity> heldElsewhere(Contact arrival, ContactId known) {
        WorkspaceId workspace = arrival.workspaceId();
        return arrival.identities().keySet().stream()
                .filter(identity -> contacts.findByIdentity(workspace, identity)
                        .filter(holder -> !holder.id().equals(known))
                        .isPresent())
                .collect(Collectors.toSet());
    }

    private record Match(ContactId id, MatchedBy by) {
    }
}
