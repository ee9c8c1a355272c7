package dev.scribe.notes;

/**
 * A question in the notes: a sentence ending in {@code ?}, or one that opens with {@code Q:}.
 *
 * @param span the question's text, from where the sentence starts to its question mark
 * @param speaker who asked, when the notes say so; null otherwise
 * @param kind whether it was asked in the meeting or stands in a prepared list
 */
public record Question(Span span, String speaker, Kind kind) {

    /** Where a question stands, which decides whether a missing asker matters. */
    public enum Kind {
        /** Asked during the meeting. */
        ASKED,
        /** An agenda item phrased as a question. */
        AGENDA_ITEM,
        /** An item of a prepared list of open questions. */
        PREPARED,
        /** A section title phrased as a question. */
        TITLE,
        /** The note-taker's own question to someone: {@code @Jörg, can you ...?}. */
        ADDRESSED,
        /** Marked open by the note-taker: {@code Open question: ...?}. */
        MARKED_OPEN
    }

    public boolean isAttributed() {
        return speaker != null;
    }

    /** An open question rather than one somebody asked in the meeting. */
    public boolean isOpen() {
        return kind == Kind.AGENDA_ITEM || kind == Kind.PREPARED || kind == Kind.MARKED_OPEN;
    }
}
