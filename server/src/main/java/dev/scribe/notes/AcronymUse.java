package dev.scribe.notes;

/** An acronym or capitalised term standing in the notes: {@code LCM}, {@code vTPM}, {@code SEV-SNP}. */
public record AcronymUse(String acronym, Span span) {
}
