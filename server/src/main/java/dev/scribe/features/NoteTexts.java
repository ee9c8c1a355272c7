package dev.scribe.features;

/**
 * The current text of any note and the editor's version of it: the open buffer when there is
 * one, else the file on disk. What cross-note edits need to be exact and versioned.
 */
public interface NoteTexts {

    /** The note's text, or null when it cannot be read. */
    String text(String uri);

    /** The editor's version of an open note; null when the note is not open. */
    Integer version(String uri);

    /** Where a new note of this name would go: the first workspace folder. */
    String uriFor(String fileName);
}
