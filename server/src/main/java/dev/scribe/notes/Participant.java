package dev.scribe.notes;

/**
 * Someone the notes list as present.
 *
 * @param name the person's name as the notes spell it in full
 * @param span where the name stands in the list
 * @param detail what the list adds to the name: an organisation, a handle ("(QC)", "@addaleax (TSC)")
 */
public record Participant(String name, Span span, String detail) {
}
