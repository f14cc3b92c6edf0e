package io.contactbook.domain.tag;

import io.contactbook.domain.shared.Violations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A contact's tags: at most 50, normalised, duplicates dropped, in the order first given. */
public final class Tags {

    /** The most tags a contact may have. */
    public static final int MAX_TAGS = 50;

    private Tags() {
    }

    /**
     * Normalises a client's list; each broken element is recorded in {@code violations} under
     * {@code field[index]}, and too many tags under {@code field}.
     *
     * @param raw        the tags as sent
     * @param field      the JSON path of the list, e.g. {@code tags}
     * @param violations where broken rules are recorded
     * @return the valid tags, normalised and without duplicates, in the order first given
     */
    public static List<Tag> parse(List<String> raw, String field, Violations violations) {
        Set<Tag> tags = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String element = raw.get(i);
            Tag tag = violations.check(field + "[" + i + "]", () -> Tag.parse(element));
            if (tag != null) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            violations.add(field, "must hold at most " + MAX_TAGS + " tags");
        }
        return new ArrayList<>(tags);
    }
}
