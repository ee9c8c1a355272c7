package dev.scribe.bench;

import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.NotesParser;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The server's per-note work, in process: parsing a note, and turning it into the workspace
 * index's summary. Short runs by default (6 warmup and 5 measured seconds, one fork): enough to
 * see a regression, not a lab measurement. Six warmup seconds, not three, because the parser
 * took five to settle (the first iterations were 2 to 4 times slower) and three gave error bars
 * wider than the scores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBenchmarks {
    static final LocalDate DATE = LocalDate.of(2024, 5, 14);
    static final int INDEX_SIZE = 2000;

    /** A generated markdown note of {@code lines} lines, parsed once for the index benchmarks. */
    @State(Scope.Benchmark)
    public static class Note {
        @Param({"150", "2000"})
        public int lines;
        String text;
        NotesDocument doc;
        final String uri = "file:///bench/notes/stratos-sync-00001.md";

        @Setup
        public void setUp() {
            text = text(lines);
            doc = NotesParser.parse(text);
        }
    }

    /** An index already holding {@value #INDEX_SIZE} notes, and one more of them to put again. */
    @State(Scope.Benchmark)
    public static class FullIndex {
        NotesIndex index;
        NoteSummary replacement;

        @Setup
        public void setUp() {
            CorpusGenerator gen = new CorpusGenerator(1, CorpusGenerator.Format.MIXED, 10, 120, 180);
            index = new NotesIndex();
            for (int i = 0; i < INDEX_SIZE; i++) {
                CorpusGenerator.Note n = gen.note(i);
                index.put(NoteSummary.of("file:///bench/notes/" + n.path(), NotesParser.parse(n.text()), DATE, false));
            }
            CorpusGenerator.Note middle = gen.note(INDEX_SIZE / 2);
            replacement = NoteSummary.of("file:///bench/notes/" + middle.path(), NotesParser.parse(middle.text()), DATE,
                    false);
        }
    }

    static String text(int lines) {
        return new CorpusGenerator(1, CorpusGenerator.Format.MD, 0, lines, lines).note(1).text();
    }

    static int utf8Bytes(int lines) {
        return text(lines).getBytes(StandardCharsets.UTF_8).length;
    }

    /** What the server does to every note it indexes and on every edit of an open one. */
    @Benchmark
    public NotesDocument parse(Note note) {
        return NotesParser.parse(note.text);
    }

    /** The rest of indexing one note: its summary, put in an index. */
    @Benchmark
    public NotesIndex summarizeAndPut(Note note) {
        NotesIndex index = new NotesIndex();
        index.put(NoteSummary.of(note.uri, note.doc, DATE, false));
        return index;
    }

    /** Putting a note again into a full index, as after each edit of an open note. */
    @Benchmark
    public NotesIndex replaceInFullIndex(FullIndex full) {
        full.index.put(full.replacement);
        return full.index;
    }
}
