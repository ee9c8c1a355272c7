package dev.scribe.notes;

/**
 * A stretch of the notes credited to one speaker.
 *
 * @param speaker who spoke, by the fullest form of the name in the notes; null for an explicit
 *     unknown speaker ({@code ??: ...})
 * @param written the name as written at this turn ("Armd", "[yang]", "??")
 * @param nameSpan where that name stands
 * @param span the whole turn, from the name to the end of what continues it
 * @param form how the notes credit the speaker
 * @param misspelled the written name is a misspelling of {@code speaker}
 */
public record Turn(String speaker, String written, Span nameSpan, Span span, Form form, boolean misspelled) {

    /** The ways notes write who said what. */
    public enum Form {
        /** {@code Name: text}, {@code - Name: text}, {@code _Name, Q: text_}. */
        COLON,
        /** {@code Name - text}. */
        DASH,
        /** {@code Name, text}. */
        COMMA,
        /** {@code [name] text}. */
        TAG,
        /** A known person opening a sentence: {@code Alex does not hurt}. */
        OPENING,
        /** A presenter named after an agenda item: {@code Demo of X [Peter Parente, 5 min]}. */
        PRESENTER,
        /** {@code ??: text}: the note-taker did not catch who spoke. */
        UNKNOWN
    }

    public boolean isUnknown() {
        return speaker == null;
    }

    /** Of turns in order, the one that covers the offset and started last: a nested turn before its parent. */
    static Turn innermost(java.util.List<Turn> turns, int offset) {
        Turn best = null;
        for (Turn t : turns) {
            if (t.span().start() <= offset && offset < t.span().end()
                    && (best == null || t.span().start() >= best.span().start())) {
                best = t;
            }
        }
        return best;
    }
}
