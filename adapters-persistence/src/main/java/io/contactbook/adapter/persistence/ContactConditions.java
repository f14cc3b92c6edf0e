package io.contactbook.adapter.persistence;

import io.contactbook.application.port.in.ContactFilter;

import java.util.Locale;
import java.util.stream.Collectors;

/** The WHERE clauses of contact queries on the {@code contacts} table, each led by its workspace. */
final class ContactConditions {

    /** {@code search_text} is lower-cased by the database; the term is lower-cased and escaped by {@link #literal}. */
    private static final String SEARCH_TEXT_CONTAINS = "search_text LIKE '%' || ? || '%' ESCAPE '\\'";

    /**
     * True of every row whose search_text contains a term of one or two characters, and indexed (V7): the trigram
     * index serves three characters and more only. The expression must stay exactly the index's.
     */
    private static final String SHORT_GRAMS_CONTAIN = "short_grams(search_text) @> CAST(ARRAY[?] AS text[])";
    private static final int LONGEST_SHORT_TERM = 2;

    /** Membership by the primary key of {@code list_members}; a list of another workspace has no members here. */
    private static final String IN_LIST = """
            AND EXISTS (SELECT 1 FROM list_members m WHERE m.workspace_id = contacts.workspace_id
                        AND m.list_id = ? AND m.contact_id = contacts.id)""";

    private ContactConditions() {
    }

    /** The contacts a list filter lets through. */
    static NativeSql matching(ContactFilter filter) {
        NativeSql where = new NativeSql().append("WHERE workspace_id = ?", filter.workspace().value());
        filter.search().ifPresent(search -> where.append(searchFor(search)));
        if (!filter.tags().isEmpty()) {
            Object[] tags = filter.tags().toArray();
            String placeholders = filter.tags().stream().map(tag -> "?").collect(Collectors.joining(", "));
            where.append("AND tags @> CAST(ARRAY[" + placeholders + "] AS text[])", tags);
        }
        filter.source().ifPresent(source -> where.append("AND source = ?", source));
        filter.blocked().ifPresent(blocked -> where.append("AND blocked = ?", blocked));
        filter.createdAfter().ifPresent(after -> where.append("AND created_at > ?", after));
        filter.createdBefore().ifPresent(before -> where.append("AND created_at < ?", before));
        filter.listId().ifPresent(list -> where.append(IN_LIST, list));
        return where;
    }

    /** {@code AND} the condition of a search term, with the index that serves its length. */
    static NativeSql searchFor(String term) {
        NativeSql condition = new NativeSql().append("AND " + SEARCH_TEXT_CONTAINS, literal(term));
        String lowerCased = term.toLowerCase(Locale.ROOT);
        if (lowerCased.codePointCount(0, lowerCased.length()) <= LONGEST_SHORT_TERM) {
            condition.append("AND " + SHORT_GRAMS_CONTAIN, lowerCased);
        }
        return condition;
    }

    /**
     * A search term as a LIKE pattern that matches only itself, lower-cased to compare with {@code search_text}:
     * clients search literal text, so {@code %}, {@code _} and the escape character must not act as wildcards.
     */
    static String literal(String term) {
        return term.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
