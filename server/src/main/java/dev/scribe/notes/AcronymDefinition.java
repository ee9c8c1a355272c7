package dev.scribe.notes;

/**
 * Where the notes spell an acronym out.
 *
 * @param acronym the short form
 * @param expansion the long form, as written ("Launch Control Module")
 * @param span where the long form first stands in the note: the place a reader jumps to
 * @param form how the notes state it
 */
public record AcronymDefinition(String acronym, String expansion, Span span, Form form) {

    /** From the most explicit to the least. */
    public enum Form {
        /** {@code Long Form (LF)}, {@code LF (Long Form)}, {@code Long Form - LF for short}. */
        PARENTHESES,
        /** A glossary line: {@code LF: Long Form}, {@code LF = Long Form}. */
        GLOSSARY,
        /** Capitalised words whose initials spell it: {@code Launch Control Module}. */
        CAPITALISED_WORDS,
        /** Lower-case words whose initials spell it: {@code working group} for WG. */
        WORDS
    }
}
