package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ChangeTest {

    @Test
    void keepAnswersTheCurrentValueAndIsNotPresent() {
        Change<String> keep = Change.keep();

        assertThat(keep.applyTo("current")).isEqualTo("current");
        assertThat(keep.isPresent()).isFalse();
    }

    @Test
    void clearAnswersNullAndIsPresent() {
        Change<String> clear = Change.clear();

        assertThat(clear.applyTo("current")).isNull();
        assertThat(clear.isPresent()).isTrue();
    }

    @Test
    void toAnswersTheNewValueAndIsPresent() {
        Change<String> set = Change.to("new");

        assertThat(set.applyTo("current")).isEqualTo("new");
        assertThat(set.isPresent()).isTrue();
    }

    @Test
    void toRefusesNullBecauseNullMeansClear() {
        assertThatNullPointerException().isThrownBy(() -> Change.to(null));
    }

    @Test
    void toNullableClearsOnNullAndSetsOtherwise() {
        assertThat(Change.<String>toNullable(null)).isEqualTo(Change.clear());
        assertThat(Change.toNullable("new")).isEqualTo(Change.to("new"));
    }

    @Test
    void mapConvertsOnlyASetValue() {
        assertThat(Change.to("7").map(Integer::parseInt)).isEqualTo(Change.to(7));
        assertThat(Change.<String>clear().map(Integer::parseInt).applyTo(3)).isNull();
        assertThat(Change.<String>keep().map(Integer::parseInt).applyTo(3)).isEqualTo(3);
    }
}
