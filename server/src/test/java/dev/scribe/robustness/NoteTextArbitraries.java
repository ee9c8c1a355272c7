package dev.scribe.robustness;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Texts for the property tests: arbitrary UTF-16 (what a broken file or a careless editor can
 * send), note-like texts put together from the shapes the parser looks for, and very long lines.
 */
final class NoteTextArbitraries {
    private NoteTextArbitraries() {
    }

    static final List<String> BREAKS = List.of("\n", "\r\n", "\r");

    /**
     * Any text: every UTF-16 code unit (lone surrogates too), emoji and other supplementary
     * characters, control characters, Unicode line and paragraph separators, and all three
     * line breaks, mixed.
     */
    static Arbitrary<String> anyText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().all().ofMaxLength(8)),
                Tuple.of(5, Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                        .withChars(" .,:;?!()[]-_#*@'\"").ofMaxLength(16)),
                Tuple.of(3, emoji()),
                Tuple.of(4, Arbitraries.of("\n", "\r", "\r\n", "\n\r", "\r\r\n", "\n\n")),
                Tuple.of(2, Arbitraries.chars().range('\u0000', '\u001f').with('\u007f', '\u0085').map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("\u2028", "\u2029", "\uFEFF", "\u200B", "e\u0301", "\uD800", "\uDFFF",
                        "\uDBFF\uDFFF", "\t", "    ", "ß", "İ", "ﬁ", "Jörg")));
        return piece.list().ofMaxSize(50).map(l -> String.join("", l));
    }

    /** Supplementary characters: single emoji, joined families, flags, skin tones, CJK extension B. */
    static Arbitrary<String> emoji() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString),
                Arbitraries.integers().between(0x20000, 0x2A6DF).map(Character::toString),
                Arbitraries.of("👩‍👩‍👧", "🇩🇪", "👍🏽", "😀", "𝔘𝔫𝔦", "🧑‍💻"));
    }

    /**
     * A note's text made of lines in the shapes the parser reads: headings, participant lists,
     * {@code Name: } and the other speaker forms, bullets and numbered items, questions,
     * acronyms and their expansions in parentheses, action items, mail chrome, code fences;
     * with {@code \n}, {@code \r\n} and {@code \r} mixed.
     */
    static Arbitrary<String> noteLike() {
        Arbitrary<String> name = Arbitraries.of("Alex", "Arnd", "Armd", "Jörg", "Claudio", "Mathieu", "Vincent",
                "Srivatsa", "Bil Mills", "Jean-Philip", "Christopher Clark", "Christopher", "Peter Parente", "Cy Diaz",
                "Steffano", "Stefano", "yang", "Ruchika", "O'Brien", "Zoë 👍");
        Arbitrary<String> acronym = Arbitraries.of("LCM", "SEV-SNP", "vTPM", "QEMU", "TS", "SCMI", "WG", "I2C", "DT",
                "API", "LF", "TFA", "EFI");
        Arbitrary<String> words = Arbitraries.of("the", "we", "could", "create", "a", "separate", "crypto", "module",
                "how", "to", "choose", "which", "entities", "are", "consider", "IPC", "might", "be", "slow", "in",
                "does", "not", "hurt", "Launch", "Control", "Module", "working", "group", "review", "update", "wiki",
                "Who", "owns", "The", "board", "Xen", "boot", "is", "it", "done", "next", "week", "it's", "üml",
                "naïve", "😀", "x").list().ofMinSize(1).ofMaxSize(10).map(l -> String.join(" ", l));
        Arbitrary<String> end = Arbitraries.of("", ".", "?", "?)", "!", ":", "...", "? ", ",");
        Arbitrary<String> phrase = Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(words, end).as(String::concat)),
                Tuple.of(3, acronym),
                Tuple.of(3, name),
                Tuple.of(1, Combinators.combine(words, acronym).as((w, a) -> w + " (" + a + ")")),
                Tuple.of(1, Combinators.combine(acronym, words).as((a, w) -> a + " (" + w + ")")),
                Tuple.of(1, Arbitraries.of("Launch Control Module (LCM)", "LCM: Launch Control Module", "WG = working group",
                        "Long Form - LF for short", "(", ")", "((", "()", "[", "]", "@Jörg,", "https://example.org/a?b=c",
                        "see 2021-06-10-stratos-sync.txt", "May 27, 2021", "2023-09-13", "10:30", "[Peter Parente, 5 min]")));
        Arbitrary<String> content = phrase.list().ofMaxSize(5).map(l -> String.join(" ", l));
        Arbitrary<String> lead = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.of("# ", "## ", "### ", "#### ", "#", "- ", "* ", "+ ", "• ", "  - ", "    * ",
                        "1. ", "2) ", "A. ", "8A) ", "- [ ] ", "- [x] ", "> ", "> > ", "    ", "\t", "Q: ", "A: ",
                        "ACTION: ", "TODO ", "TODO @alex ", "AI(Alex): ", "[AI: marky] ", "Open question: ", "??: ",
                        "Participants: ", "Attendees: ", "Chair: ", "Notes by ", "Date: ")),
                Tuple.of(4, name.map(n -> n + ": ")),
                Tuple.of(2, name.map(n -> "- " + n + ": ")),
                Tuple.of(1, name.map(n -> n + " - ")),
                Tuple.of(1, name.map(n -> n + ", ")),
                Tuple.of(1, name.map(n -> "[" + n.toLowerCase(Locale.ROOT) + "] ")),
                Tuple.of(1, name.map(n -> "_" + n + ", Q: ")),
                Tuple.of(1, name.map(n -> n + ", A: ")),
                Tuple.of(1, name.map(n -> n + " ")));
        Arbitrary<String> special = Arbitraries.of("Participants", "Attendees", "Present:", "Agenda", "Agenda:",
                "Action items", "Next steps", "Glossary", "Questions", "Date", "Discussion topics", "===", "---", "***",
                "```", "~~~", "Notes: SVSM Call 2023-09-13", "2021-06-10 Project Stratos Sync Meeting notes", "-- ",
                "On Tue, Jun 8, 2021 at 10:00 AM Alex <alex@example.org> wrote:", "Subject: Re: notes",
                "[Date Prev][Date Next][Thread Prev][Thread Next]", "_______________________________________________");
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(10, Combinators.combine(lead, content).as(String::concat)),
                Tuple.of(3, special),
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(1, anyText().map(t -> t.length() > 40 ? t.substring(0, 40) : t)));
        Arbitrary<String> lineBreak = Arbitraries.frequency(Tuple.of(12, "\n"), Tuple.of(3, "\r\n"), Tuple.of(1, "\r"));
        return Combinators.combine(line, lineBreak).as(String::concat).list().ofMaxSize(40)
                .map(l -> String.join("", l));
    }

    /** Either kind of text, note-like more often: what most properties run on. */
    static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(Tuple.of(2, anyText()), Tuple.of(3, noteLike()));
    }

    /**
     * A note with one line of 100,000 characters (a pasted log, a minified blob) among ordinary
     * lines: a fragment repeated, cut at an arbitrary point (possibly inside a surrogate pair).
     */
    static Arbitrary<String> withHugeLine() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("Alex: ", "LCM ", "why? ", "(", "a", "😀", "Launch Control Module (LCM) ", "- ", ": ",
                        "Jörg, Q: how? ", "x".repeat(7) + " "),
                noteLike().filter(s -> !s.isEmpty()).map(s -> s.replaceAll("[\r\n]", " ")));
        Arbitrary<String> huge = Combinators.combine(fragment, Arbitraries.integers().between(99_000, 100_000))
                .as((f, n) -> f.repeat(n / f.length() + 1).substring(0, n));
        return Combinators.combine(noteLike(), huge, noteLike()).as((a, h, b) -> a + h + "\n" + b);
    }
}
