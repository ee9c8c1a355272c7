package dev.scribe.notes;

/** A word or name as written in the notes, and where. */
public record Mention(String text, Span span) {
}
