package dev.scribe.notes;

/**
 * Someone a note knows: listed as a participant, credited with turns, or both.
 *
 * @param name the fullest form of the name the note gives
 * @param participant listed among those present
 * @param turns how many turns the note credits to them
 * @param firstTurn offset of their first turn, or -1
 */
public record Person(String name, boolean participant, int turns, int firstTurn) {

    public boolean spoke() {
        return turns > 0;
    }
}
