package io.contactbook.application.service;

import io.contactbook.application.port.in.AuthenticateUseCase.Caller;
import io.contactbook.application.port.in.CreateWorkspaceUseCase.CreatedWorkspace;
import io.contactbook.application.port.in.EnsureBootstrapKeyUseCase;
import io.contactbook.application.port.in.ManageApiKeysUseCase.ApiKeyView;
import io.contactbook.application.port.in.ManageApiKeysUseCase.CreateApiKeyCommand;
import io.contactbook.application.port.in.ManageApiKeysUseCase.CreatedApiKey;
import io.contactbook.application.port.out.ApiKeys.StoredKey;
import io.contactbook.application.port.out.InMemoryApiKeys;
import io.contactbook.application.port.out.InMemoryApiKeys.Use;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.access.ApiKeySecret;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.TimeOrderedIds;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessServiceTest {

    private static final Instant START = Instant.parse("2026-03-18T09:15:00.123456Z");
    private static final String BOOTSTRAP_KEY = "cb_live_operatorChoseThisKey_2026";

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
    private final AccessService service = new AccessService(apiKeys, workspaces, clock);

    @Nested
    class Authenticating {

        private final WorkspaceId workspace = workspaces.create("acme");
        private final ApiKeySecret secret = ApiKeySecret.generate();
        private final StoredKey key = store(secret);

        @Test
        void theRightKeyIsItsCaller() {
            assertThat(service.authenticate(secret.reveal())).contains(new Caller(workspace, key.id(), "agent:42",
                    Set.of(Scope.CONTACTS_READ, Scope.CONTACTS_WRITE), 30));
        }

        @Test
        void aWrongKeyIsNoOne() {
            assertThat(service.authenticate(ApiKeySecret.generate().reveal())).isEmpty();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"cb_live_tooShort", "cb_test_abcdefghijklmnopqrstuvwxyz",
                "cb_live_abcdefghijklmnopqrstu+/=", "Bearer cb_live_abcdefghijklmnopqrstuvwxyz"})
        void aMalformedKeyIsNoOne(String presented) {
            assertThat(service.authenticate(presented)).isEmpty();
        }

        @Test
        void aRevokedKeyIsNoOne() {
            apiKeys.revoke(key.id());

            assertThat(service.authenticate(secret.reveal())).isEmpty();
        }

        @Test
        void recordsTheFirstUseToTheMillisecond() {
            service.authenticate(secret.reveal());

            assertThat(apiKeys.uses()).containsExactly(new Use(key.id(), Instant.parse("2026-03-18T09:15:00.123Z")));
        }

        @Test
        void recordsUsesWithinAMinuteOnce() {
            service.authenticate(secret.reveal());
            clock.advance(AccessService.LAST_USED_RESOLUTION.dividedBy(2));
            service.authenticate(secret.reveal());
            clock.advance(AccessService.LAST_USED_RESOLUTION.dividedBy(2));
            service.authenticate(secret.reveal());

            assertThat(apiKeys.uses()).hasSize(1);
        }

        @Test
        void recordsAUseAgainOnceTheMinuteHasPassed() {
            service.authenticate(secret.reveal());
            clock.advance(AccessService.LAST_USED_RESOLUTION.plusMillis(1));
            service.authenticate(secret.reveal());

            assertThat(apiKeys.uses()).extracting(Use::when).containsExactly(
                    Instant.parse("2026-03-18T09:15:00.123Z"), Instant.parse("2026-03-18T09:16:00.124Z"));
        }

        @Test
        void recordsTheUseOfEachKeyOnItsOwn() {
            ApiKeySecret otherSecret = ApiKeySecret.generate();
            StoredKey other = store(otherSecret);

            service.authenticate(secret.reveal());
            service.authenticate(otherSecret.reveal());

            assertThat(apiKeys.uses()).extracting(Use::keyId).containsExactly(key.id(), other.id());
        }

        @Test
        void recordsNoUseOfAKeyThatDoesNotOpen() {
            apiKeys.revoke(key.id());

            service.authenticate(secret.reveal());
            service.authenticate(ApiKeySecret.generate().reveal());

            assertThat(apiKeys.uses()).isEmpty();
        }

        private StoredKey store(ApiKeySecret secret) {
            StoredKey stored = new StoredKey(TimeOrderedIds.next(), workspace, "support bot", "agent:42",
                    Set.of(Scope.CONTACTS_READ, Scope.CONTACTS_WRITE), 30, secret.hash(), clock.instant());
            apiKeys.add(stored);
            return stored;
        }
    }

    @Nested
    class RememberingKeys {

        private static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

        private final AccessService remembering = new AccessService(apiKeys, workspaces, clock, TIME_TO_LIVE);
        private final WorkspaceId workspace = workspaces.create("acme");
        private final ApiKeySecret secret = ApiKeySecret.generate();
        private final StoredKey key = new StoredKey(TimeOrderedIds.next(), workspace, "support bot", "agent:42",
                Set.of(Scope.CONTACTS_READ), null, secret.hash(), clock.instant());

        RememberingKeys() {
            apiKeys.add(key);
        }

        @Test
        void aKeyFoundIsNotLookedUpAgainWithinItsTimeToLive() {
            remembering.authenticate(secret.reveal());
            clock.advance(TIME_TO_LIVE.minusMillis(1));

            assertThat(remembering.authenticate(secret.reveal())).map(Caller::keyId).contains(key.id());
            assertThat(apiKeys.lookups()).isEqualTo(1);
        }

        @Test
        void aKeyRevokedElsewhereIsRefusedOnceItsTimeToLiveHasPassed() {
            remembering.authenticate(secret.reveal());
            apiKeys.revoke(key.id()); // another instance revoked it

            assertThat(remembering.authenticate(secret.reveal())).isPresent();
            clock.advance(TIME_TO_LIVE);
            assertThat(remembering.authenticate(secret.reveal())).isEmpty();
        }

        @Test
        void aKeyRevokedHereIsRefusedAtOnce() {
            remembering.authenticate(secret.reveal());

            assertThat(remembering.revokeApiKey(workspace, key.id())).isTrue();

            assertThat(remembering.authenticate(secret.reveal())).isEmpty();
        }

        @Test
        void aLookUpThatRacedTheRevocationDoesNotPutTheKeyBack() {
            InMemoryApiKeys uncommitted = new InMemoryApiKeys() {
                @Override
                public synchronized boolean revoke(WorkspaceId in, UUID keyId, Instant when) {
                    return true; // written, not yet committed: other transactions still read the key as active
                }
            };
            uncommitted.add(key);
            AccessService racing = new AccessService(uncommitted, workspaces, clock, TIME_TO_LIVE);

            racing.revokeApiKey(workspace, key.id());
            assertThat(racing.authenticate(secret.reveal())).isPresent(); // read before the commit
            uncommitted.revoke(key.id()); // the revocation commits

            assertThat(racing.authenticate(secret.reveal())).isEmpty();
        }

        @Test
        void anUnknownKeyIsNotRemembered() {
            ApiKeySecret later = ApiKeySecret.generate();
            assertThat(remembering.authenticate(later.reveal())).isEmpty();

            apiKeys.add(new StoredKey(TimeOrderedIds.next(), workspace, "issued since", "agent:7",
                    Set.of(Scope.CONTACTS_READ), null, later.hash(), clock.instant()));

            assertThat(remembering.authenticate(later.reveal())).isPresent();
        }

        @Test
        void aZeroTimeToLiveLooksEveryKeyUp() {
            AccessService looking = new AccessService(apiKeys, workspaces, clock, Duration.ZERO);

            looking.authenticate(secret.reveal());
            looking.authenticate(secret.reveal());

            assertThat(apiKeys.lookups()).isEqualTo(2);
        }

        @Test
        void aNegativeTimeToLiveIsRefused() {
            assertThatThrownBy(() -> new AccessService(apiKeys, workspaces, clock, Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class EnsuringTheBootstrapKey {

        @Test
        void makesTheDefaultWorkspaceAndAnAdminKeyWithEveryScope() {
            service.ensureBootstrapKey(BOOTSTRAP_KEY);

            WorkspaceId defaultWorkspace = workspaces.findByName(EnsureBootstrapKeyUseCase.DEFAULT_WORKSPACE)
                    .orElseThrow();
            assertThat(service.authenticate(BOOTSTRAP_KEY)).hasValueSatisfying(caller -> {
                assertThat(caller.workspace()).isEqualTo(defaultWorkspace);
                assertThat(caller.principal()).isEqualTo("admin:bootstrap");
                assertThat(caller.scopes()).isEqualTo(EnumSet.allOf(Scope.class));
            });
        }

        @Test
        void runningItAgainChangesNothing() {
            service.ensureBootstrapKey(BOOTSTRAP_KEY);
            StoredKey first = apiKeys.all().get(0);

            service.ensureBootstrapKey(BOOTSTRAP_KEY);

            assertThat(workspaces.names()).containsExactly("default");
            assertThat(apiKeys.all()).containsExactly(first);
        }

        @Test
        void joinsTheDefaultWorkspaceThatIsThere() {
            WorkspaceId existing = workspaces.create("default");

            service.ensureBootstrapKey(BOOTSTRAP_KEY);

            assertThat(workspaces.names()).containsExactly("default");
            assertThat(service.authenticate(BOOTSTRAP_KEY)).map(Caller::workspace).contains(existing);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "secret", "cb_live_tooShort", "cb_live_has spaces in the middle of it"})
        void refusesAKeyThatDoesNotLookLikeOneAndWritesNothing(String malformed) {
            assertThatThrownBy(() -> service.ensureBootstrapKey(malformed)).isInstanceOf(InvalidValue.class);

            assertThat(workspaces.names()).isEmpty();
            assertThat(apiKeys.all()).isEmpty();
        }

        @Test
        void aRevokedBootstrapKeyStaysRevokedAcrossRestarts() {
            service.ensureBootstrapKey(BOOTSTRAP_KEY);
            apiKeys.revoke(apiKeys.all().get(0).id());

            service.ensureBootstrapKey(BOOTSTRAP_KEY);

            assertThat(apiKeys.all()).hasSize(1);
            assertThat(service.authenticate(BOOTSTRAP_KEY)).isEmpty();
        }
    }

    @Nested
    class ManagingKeys {

        private final WorkspaceId workspace = workspaces.create("acme");
        private final Set<Scope> admin = EnumSet.allOf(Scope.class);

        @Test
        void aNewKeyOpensItsWorkspaceWithItsScopesAndItsSecretIsShownOnce() {
            CreatedApiKey created = service.createApiKey(new CreateApiKeyCommand(workspace, " bot ", "agent:7",
                    List.of("contacts:read", "contacts:read"), 20, admin));

            assertThat(created.key().name()).isEqualTo("bot");
            assertThat(created.key().scopes()).containsExactly("contacts:read");
            assertThat(service.authenticate(created.secret())).hasValueSatisfying(caller -> {
                assertThat(caller.workspace()).isEqualTo(workspace);
                assertThat(caller.scopes()).containsExactly(Scope.CONTACTS_READ);
                assertThat(caller.rateLimitPerMinute()).isEqualTo(20);
            });
            assertThat(apiKeys.all()).allSatisfy(stored -> assertThat(new String(stored.hash()))
                    .doesNotContain(created.secret()));
            assertThat(created.toString()).doesNotContain(created.secret());
        }

        @Test
        void aKeyCannotGrantMoreThanItHolds() {
            assertThatThrownBy(() -> service.createApiKey(new CreateApiKeyCommand(workspace, "k", "p",
                    List.of("contacts:delete"), null, EnumSet.of(Scope.API_KEYS_WRITE))))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.violations()).containsKey("scopes[0]"));
            assertThat(apiKeys.all()).isEmpty();
        }

        @Test
        void revokingListsAndRefusesTheKeyOnlyInItsWorkspace() {
            CreatedApiKey created = service.createApiKey(new CreateApiKeyCommand(workspace, "k", "p",
                    List.of("contacts:read"), null, admin));
            WorkspaceId other = workspaces.create("other");

            assertThat(service.revokeApiKey(other, created.key().id())).isFalse();
            assertThat(service.listApiKeys(workspace)).extracting(ApiKeyView::id).containsExactly(created.key().id());
            assertThat(service.revokeApiKey(workspace, created.key().id())).isTrue();
            assertThat(service.revokeApiKey(workspace, created.key().id())).isFalse();
            assertThat(service.listApiKeys(workspace)).isEmpty();
            assertThat(service.authenticate(created.secret())).isEmpty();
        }

        @Test
        void aNewWorkspaceComesWithAnAdminKeyThatCannotMakeWorkspaces() {
            CreatedWorkspace created = service.createWorkspace("  Acme Support ");

            assertThat(created.workspace().name()).isEqualTo("Acme Support");
            assertThat(service.authenticate(created.adminKey().secret())).hasValueSatisfying(caller -> {
                assertThat(caller.workspace().value()).isEqualTo(created.workspace().id());
                assertThat(caller.scopes()).contains(Scope.API_KEYS_WRITE, Scope.CONTACTS_READ_ALL)
                        .doesNotContain(Scope.WORKSPACES_WRITE);
            });
            assertThatThrownBy(() -> service.createWorkspace(" ")).isInstanceOf(RuleViolation.class);
        }
    }
}
