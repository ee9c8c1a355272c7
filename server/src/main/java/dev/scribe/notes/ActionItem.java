package dev.scribe.notes;

/**
 * Something somebody is to do: {@code ACTION: Alex to review}, {@code AI(Alex): ...},
 * {@code TODO @alex ...}, {@code [AI: marky] ...}, or an item of an "Action items" list.
 *
 * @param text what is to be done, as written (markers removed)
 * @param span the whole item
 * @param owner who is to do it, by the fullest form of the name the note knows; null when
 *     the notes do not say
 * @param ownerSpan where the owner is named, or null
 * @param done checked off ({@code - [x] ...})
 */
public record ActionItem(String text, Span span, String owner, Span ownerSpan, boolean done) {
}
