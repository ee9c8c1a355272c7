package dev.scribe.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scribe.lsp.Session;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go-to-definition and hover on acronyms and speakers. */
class DefinitionsTest {
    @TempDir
    Path dir;

    private static int line(List<Location> locations) {
        assertTrue(!locations.isEmpty(), "no location");
        return locations.get(0).getRange().getStart().getLine();
    }

    @Test
    void jumpsToWhereTheWordsSpellTheAcronym() throws Exception {
        try (Session s = new Session(dir)) {
            List<Location> got = s.definition("xen.txt", """
                    * Questions:
                        - how best to surface the Launch Control Module contents to DomB?
                    * Guidance:
                        - coordination between data in the toolstack and config in the L|CM
                    """);
            assertEquals(1, line(got));
            assertEquals(30, got.get(0).getRange().getStart().getCharacter());
            assertEquals(51, got.get(0).getRange().getEnd().getCharacter());
        }
    }

    @Test
    void everyExplicitFormIsADefinition() throws Exception {
        try (Session s = new Session(dir)) {
            assertEquals(0, line(s.definition("a.txt", "C. Executive Director (ED)\n\nWe might hire an E|D.\n")));
            assertEquals(1, line(s.definition("b.txt", "intro\nconverting RDF (Resource Description Framework) data\nthe R|DF store\n")));
            assertEquals(0, line(s.definition("c.txt", "- LCM: Launch Control Module\n\nThe L|CM holds it\n")));
            assertEquals(0, line(s.definition("d.txt", "the Input Output Memory Management Unit - IOMMU for short design\nIOM|MU\n")));
        }
    }

    @Test
    void anUndefinedAcronymGoesToItsFirstMention() throws Exception {
        try (Session s = new Session(dir)) {
            List<Location> got = s.definition("a.txt", "We use IGVM files.\n\nTrenchBoot (DRTM)\n\nIGVM is from Microsoft. IG|VM again\n");
            assertEquals(0, line(got));
            assertEquals(7, got.get(0).getRange().getStart().getCharacter());
        }
    }

    @Test
    void aSpeakerGoesToTheParticipantList() throws Exception {
        try (Session s = new Session(dir)) {
            assertEquals(2, line(s.definition("a.txt", "Participants\nMike\nAlex\n\nDiscussion\nAl|ex: hi\n")));
        }
    }

    @Test
    void hoverShowsTheExpansionAndWhereItIsFrom() throws Exception {
        try (Session s = new Session(dir)) {
            Hover h = s.hover("a.txt", "the Launch Control Module\n\nthe L|CM\n");
            String text = h.getContents().getRight().getValue();
            assertTrue(text.contains("Launch Control Module") && text.contains("line 1"), text);
            Hover none = s.hover("b.txt", "plain |words\n");
            assertNull(none);
            Hover who = s.hover("c.txt", "Participants\nAlex\n\nNotes\nAl|ex: hi\nAlex: again\n");
            assertTrue(who.getContents().getRight().getValue().contains("2 turns"), who.getContents().getRight().getValue());
        }
    }
}
