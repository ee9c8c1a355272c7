package dev.scribe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pieces whose mistakes would silently skew every figure: percentiles and the generator. */
class BenchToolsTest {

    @Test
    void percentilesAreNearestRank() {
        Latencies lat = new Latencies();
        for (int i = 1; i <= 200; i++) {
            lat.add(i);
        }
        assertEquals(100, lat.percentile(0.50));
        assertEquals(190, lat.percentile(0.95));
        assertEquals(198, lat.percentile(0.99));
        assertEquals(200, lat.max());
    }

    @Test
    void aNoteDependsOnlyOnSeedAndIndex() {
        CorpusGenerator a = new CorpusGenerator(1, CorpusGenerator.Format.MIXED, 10, 120, 180);
        CorpusGenerator b = new CorpusGenerator(1, CorpusGenerator.Format.MIXED, 10, 120, 180);
        assertEquals(a.note(1234), b.note(1234));
        assertEquals(a.path(1234), a.note(1234).path());
        assertNotEquals(a.note(1234).text(), new CorpusGenerator(2, CorpusGenerator.Format.MIXED, 10, 120, 180)
                .note(1234).text());
    }

    @Test
    void notesHaveAboutTheLinesAsked() {
        CorpusGenerator gen = new CorpusGenerator(1, CorpusGenerator.Format.MD, 0, 2000, 2000);
        long lines = gen.note(0).text().lines().count();
        assertTrue(lines >= 1990 && lines <= 2030, "lines: " + lines);
        CorpusGenerator mixed = new CorpusGenerator(1, CorpusGenerator.Format.MIXED, 10, 120, 180);
        for (int i = 0; i < 50; i++) {
            long n = mixed.note(i).text().lines().count();
            assertTrue(n >= 115 && n <= 200, "note " + i + " has " + n + " lines");
        }
    }
}
