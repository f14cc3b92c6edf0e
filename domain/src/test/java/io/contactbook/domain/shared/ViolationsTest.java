package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

class ViolationsTest {

    private final Violations violations = new Violations();

    @Test
    void checkAnswersTheValueOfAStepThatSucceeds() {
        assertThat(violations.check("email", () -> "jane@example.com")).isEqualTo("jane@example.com");
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void checkRecordsAnInvalidValueUnderItsFieldAndAnswersNull() {
        String result = violations.check("email", () -> {
            throw new InvalidValue("must be a valid email address");
        });

        assertThat(result).isNull();
        assertThat(violations.isEmpty()).isFalse();
        assertThat(thrown().violations()).containsExactly(entry("email", "must be a valid email address"));
    }

    @Test
    void checkLetsOtherExceptionsThroughBecauseTheyAreBugsNotInput() {
        assertThatIllegalStateException().isThrownBy(() -> violations.check("email", () -> {
            throw new IllegalStateException("bug");
        }));
    }

    @Test
    void theFirstMessageForAFieldIsKept() {
        violations.add("tags", "first");
        violations.add("tags", "second");

        assertThat(thrown().violations()).containsExactly(entry("tags", "first"));
    }

    @Test
    void throwIfAnyReportsEveryFieldInTheOrderFound() {
        violations.add("first_name", "too long");
        violations.add("email", "invalid");
        violations.add("tags[3]", "blank");

        assertThat(thrown().violations().keySet()).containsExactly("first_name", "email", "tags[3]");
    }

    @Test
    void throwIfAnyDoesNothingWithoutViolations() {
        violations.throwIfAny();

        assertThat(violations.isEmpty()).isTrue();
    }

    private RuleViolation thrown() {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, violations::throwIfAny);
        assertThat(violation).as("a RuleViolation from throwIfAny").isNotNull();
        return violation;
    }
}
