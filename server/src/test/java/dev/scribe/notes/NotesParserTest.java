package dev.scribe.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the parser reads in notes of every shape DESIGN.md lists. */
class NotesParserTest {

    static NotesDocument parse(String text) {
        return NotesParser.parseStrict(text);
    }

    static List<String> titles(NotesDocument d) {
        List<String> out = new ArrayList<>();
        for (Section s : d.sections()) {
            out.add(s.title());
        }
        return out;
    }

    static List<String> speakers(NotesDocument d) {
        List<String> out = new ArrayList<>();
        for (Person p : d.people()) {
            if (p.spoke()) {
                out.add(p.name());
            }
        }
        return out;
    }

    /** The speaker the question ending with {@code ending} is credited to, or null. */
    static Question question(NotesDocument d, String ending) {
        for (Question q : d.questions()) {
            if (q.span().of(d.text()).endsWith(ending)) {
                return q;
            }
        }
        throw new AssertionError("no question ending with " + ending + " in " + d.questions());
    }

    @Nested
    class Sections {
        @Test
        void markdownHeadingsNestByLevel() {
            NotesDocument d = parse("# Sync 2021-06-10\n\n## Agenda\n- one\n\n## Crypto support\n### Details\ntext\n");
            assertEquals(List.of("Sync 2021-06-10", "Agenda", "Crypto support", "Details"), titles(d));
            assertEquals(1, d.outline().size());
            Section root = d.outline().get(0);
            assertEquals(List.of("Agenda", "Crypto support"), root.children().stream().map(Section::title).toList());
            assertEquals("Details", root.children().get(1).children().get(0).title());
            assertEquals(Section.Role.AGENDA, root.children().get(0).role());
        }

        @Test
        void plainTopicLinesStandOverTheirDiscussion() {
            NotesDocument d = parse("""
                    Notes: SVSM Call 2023-09-13

                    Agenda:

                    - Jörg: Goal of this call is to sync.

                    Crypto support

                      - Claudio: could be a good idea.

                    Launch protocol

                      Jörg talked about the IGVM format
                    """);
            assertEquals(List.of("Notes: SVSM Call 2023-09-13", "Agenda:", "Crypto support", "Launch protocol"), titles(d));
        }

        @Test
        void sentencesAndListLinesAreNotTopics() {
            NotesDocument d = parse("""
                    Title line

                    Thanks to Adobe for hosting the meeting.

                    Chairman
                    Vice Chairman
                    President
                    """);
            assertEquals(List.of("Title line"), titles(d));
        }

        @Test
        void numberedMinutesItemsAreSections() {
            NotesDocument d = parse("""
                                        Board Meeting Minutes

                     1. Call to order

                        The meeting began at 9:01.

                     2. Roll Call

                        Directors Present:

                            Rich Bowen
                            Doug Cutting

                        A. Executive Officer Appointments

                           Sam was appointed.
                    """);
            assertEquals(List.of("Board Meeting Minutes", "1. Call to order", "2. Roll Call", "Directors Present:",
                    "A. Executive Officer Appointments"), titles(d));
        }

        @Test
        void aTightNumberedListIsNotSections() {
            NotesDocument d = parse("## Agenda\n1. Release planning\n2. Roadmap\n\n## Release planning\ntext\n");
            assertEquals(List.of("Agenda", "Release planning"), titles(d));
        }

        @Test
        void aLineRepeatingAnAgendaItemOpensItsDiscussion() {
            NotesDocument d = parse("""
                    Project sync
                    Agenda
                    Updates
                    virtio-gpu vs virtio-wayland
                    Discussion topics
                    Updates on progress
                    Alex blocking Xen
                    virtio-gpu vs virtio-wayland
                    Alex this is not either-or
                    """);
            assertEquals(List.of("Project sync", "Agenda", "Discussion topics", "Updates on progress",
                    "virtio-gpu vs virtio-wayland"), titles(d));
        }

        @Test
        void topLevelLabelsAmongPlainItemsAreItems() {
            NotesDocument d = parse("Others:\n\n*   Events\n    *   Every Monday\n*   Slack-infra:\n    *   volunteers\n");
            assertEquals(List.of("Others:"), titles(d));
        }
    }

    @Nested
    class Participants {
        @Test
        void oneNameALineWithOrganisations() {
            NotesDocument d = parse("Participants\nMike\nTrilok (QC)\nSrivatsa()\nRich Persaud [stacktrust]\nAgenda\nUpdates\n");
            assertEquals(List.of("Mike", "Trilok", "Srivatsa", "Rich Persaud"),
                    d.participants().stream().map(Participant::name).toList());
            assertEquals("(QC)", d.participants().get(1).detail());
        }

        @Test
        void handlesTablesAndNotes() {
            NotesDocument d = parse("""
                    ## Present

                    * Ali Ijaz Sheikh @ofrobots (TSC)
                    * Сковорода Никита Андреевич @ChALkeR (TSC)
                    * Zach              | Jupyter Cal Poly        | @Zsailer
                    * Łukasz Gryglicki, CNCF (a bit late due to meeting conflict).
                    * (and some new folks did not write their names)
                    """);
            assertEquals(List.of("Ali Ijaz Sheikh", "Сковорода Никита Андреевич", "Zach", "Łukasz Gryglicki"),
                    d.participants().stream().map(Participant::name).toList());
        }

        @Test
        void inlineListsAndRoles() {
            NotesDocument d = parse("Attendees: Alice Smith, Bob, Carol Jones\n\nSessions Host: Christopher Clark. Scribing: Daniel Smith & Christopher Clark.\n");
            assertEquals(List.of("Alice Smith", "Bob", "Carol Jones", "Christopher Clark", "Daniel Smith"),
                    d.people().stream().map(Person::name).toList());
        }
    }

    @Nested
    class Turns {
        @Test
        void aSpeakerWhoseFirstNameIsAnEverydayWordMidLine() {
            NotesDocument d = parse("Notes\nAlex: the queue is long. Will Smith: I can take it.\n");
            assertEquals(List.of("Alex", "Will Smith"), speakers(d));
        }

        @Test
        void everyPrefixForm() {
            NotesDocument d = parse("""
                    Participants: Mathieu, Yang Li

                    Jason Andryuk: You can have the bootloader measure it.
                    - Claudio: could be a good idea
                    Mathieu - reviews taking a long time
                    _Damien Thenot (dthenot), Q: Could DomB be used here?_
                    Christopher, A: the hypervisor constructs multiple domains
                    Rich Persaud [stacktrust]: I think yes
                    *   [yang] KubeCon recap
                    Bertrand, Stefano: ARM now has ACPI
                    ??: Arm uses device tree
                    """);
            List<String> who = new ArrayList<>();
            for (Turn t : d.turns()) {
                who.add(t.speaker() + "/" + t.form());
            }
            assertEquals(List.of("Jason Andryuk/COLON", "Claudio/COLON", "Mathieu/DASH", "Damien Thenot/COLON",
                    "Christopher/COLON", "Rich Persaud/COLON", "Yang Li/TAG", "Bertrand/COLON", "Stefano/COLON", "null/UNKNOWN"), who);
        }

        @Test
        void namesOpeningSentencesOfKnownPeople() {
            NotesDocument d = parse("""
                    Participants
                    Alex
                    Vincent
                    Arnd
                    Mathieu
                    Discussion
                    Mathieu - reviews taking long. Vincent do we need a C version. Alex does not hurt. Arnd I2C is useful.
                    Josh can help organize something
                    Claudio's PR uses the crate
                    """);
            assertEquals(List.of("Alex", "Vincent", "Arnd", "Mathieu"), speakers(d));
            assertTrue(d.turns().stream().noneMatch(t -> t.written().startsWith("Josh") || t.written().startsWith("Claudio")));
        }

        @Test
        void everydayWordsAndFieldsAreNotSpeakers() {
            NotesDocument d = parse("""
                    Tracker: https://tracker.example.org/issues?id=1
                    Resolution: let's try it
                    Date: May 27, 2021
                    * **Audio Recording**: https://soundcloud.com/x
                    Github-management: No status this week
                    Regarding the EVP role: is it necessary?
                    """);
            assertTrue(d.turns().isEmpty(), d.turns().toString());
        }

        @Test
        void aPersonIsNamedByTheFullestAndMostWrittenSpelling() {
            NotesDocument d = parse("""
                    Participants
                    Bil Mills
                    Carol
                    Discussion
                    Bill not bought into everything in one fit.
                    BIll you often have multiple displays.
                    Bill in a multiplane system protected video is yuv.
                    * [x] Thank you Tony [Carol Willing, JupyterHub]
                    """);
            assertEquals(List.of("Bill Mills", "Carol Willing"), speakers(d));
            assertTrue(d.turns().stream().filter(t -> t.written().equals("BIll")).allMatch(t -> !t.misspelled()),
                    "a case slip is not a misspelling");
        }

        @Test
        void continuationLinesCarryTheTurnButNewSentencesDoNot() {
            NotesDocument d = parse("""
                    Christopher: if the dom0 kernel is detected as compressed, Xen will
                    decompress it. Does that matter?
                    Hugo: we looked at the MMIO (Memory Mapped Input Output) design
                    Who owns the release planning work now?
                    """);
            assertEquals("Christopher", question(d, "Does that matter?").speaker());
            assertNull(question(d, "work now?").speaker());
        }

        @Test
        void nestedItemsContinueAnItemTurnButSiblingsDoNot() {
            NotesDocument d = parse("""
                    Governance

                      - Jörg: From face to face discussions at KVM forum:
                        - A model of 3 top-level maintainers.
                        - But how to choose?
                      - Which entities are to consider?
                    """);
            assertEquals("Jörg", question(d, "how to choose?").speaker());
            assertNull(question(d, "to consider?").speaker());
        }
    }

    @Nested
    class Questions {
        @Test
        void urlsAndUnknownSpeakerMarksAreNotQuestions() {
            NotesDocument d = parse("""
                    See https://code.google.com/p/v8/issues/detail?id=3093#c1 for options
                    ??: Arm uses device tree
                    Link: [doc](https://docs.google.com/d/1/edit?usp=sharing)
                    """);
            assertTrue(d.questions().isEmpty(), d.questions().toString());
        }

        @Test
        void aQuestionSpansFromItsSentenceStartToItsMark() {
            NotesDocument d = parse("Participants\nMathieu\nSrivatsa\nArnd\nNotes\n"
                    + "Mathieu - reviews are slow. Srivatsa, we would only need it for testing? Arnd think so.\n");
            Question q = question(d, "testing?");
            assertEquals("we would only need it for testing?", q.span().of(d.text()));
            assertEquals("Srivatsa", q.speaker());
        }

        @Test
        void agendaItemsAndPreparedListsAreOpenQuestions() {
            NotesDocument d = parse("""
                    ## Agenda
                    1. Is attestation ready for review?
                    2. Roadmap

                    ### Session seed notes

                    * Questions:
                        - is claiming the first module acceptable?

                    ## Roadmap
                    Do we need a C version?
                    """);
            assertEquals(Question.Kind.AGENDA_ITEM, question(d, "ready for review?").kind());
            assertEquals(Question.Kind.PREPARED, question(d, "acceptable?").kind());
            assertEquals(Question.Kind.ASKED, question(d, "C version?").kind());
        }

        @Test
        void questionsUnderATalkAreTheAudiencesNotThePresenters() {
            NotesDocument d = parse("""
                    ## Agenda Items

                    * [x] Introduction to mybinder.org [Tim Head, 10minutes]
                        * Questions:
                            * How many users should we send?
                                * By default it prevents more than 100.
                    """);
            Question q = question(d, "should we send?");
            assertEquals(Question.Kind.ASKED, q.kind());
            assertNull(q.speaker());
        }

        @Test
        void qPrefixWithoutAMark() {
            NotesDocument d = parse("Q: how does the loader find the module\n");
            assertEquals(1, d.questions().size());
            assertEquals("how does the loader find the module", d.questions().get(0).span().of(d.text()));
        }
    }

    @Nested
    class Acronyms {
        static AcronymDefinition def(String text, String acronym) {
            return parse(text).definition(acronym);
        }

        @Test
        void explicitForms() {
            assertEquals("Executive Director", def("C. Executive Director (ED)\n\nWe might hire an ED.\n", "ED").expansion());
            assertEquals("Resource Description Framework", def("converting RDF (Resource Description Framework) data\n", "RDF").expansion());
            assertEquals("Hardened Access Terminals", def("the 'Hardened Access Terminals' (HAT) work\nHAT again\n", "HAT").expansion());
            assertEquals("Launch Control Module", def("- LCM: Launch Control Module\nthe LCM\n", "LCM").expansion());
            assertEquals("Para Virtualized Hardware", def("the Para Virtualized Hardware - PVH for short design\nPVH\n", "PVH").expansion());
            assertEquals("Current Privilege Level 3", def("Current Privilege Level 3 (CPL3)\nCPL3 work\n", "CPL3").expansion());
        }

        @Test
        void wordsWhoseInitialsSpellIt() {
            NotesDocument d = parse("""
                    how best to surface the Launch Control Module contents?
                    config in the LCM
                    Apache OpenOffice podling; the AOO PPMC
                    """);
            assertEquals("Launch Control Module", d.definition("LCM").expansion());
            assertEquals(0, d.lines().lineOf(d.definition("LCM").span().start()));
            assertEquals("Apache OpenOffice", d.definition("AOO").expansion());
        }

        @Test
        void aDefinitionPointsAtTheFirstPlaceTheLongFormStands() {
            NotesDocument d = parse("""
                    establish a Project Management Committee charged with it

                    RESOLVED, that a Project Management
                    Committee (PMC), to be known as the project
                    """);
            assertEquals(0, d.lines().lineOf(d.definition("PMC").span().start()));
        }

        @Test
        void whatIsNotADefinition() {
            NotesDocument d = parse("""
                    * TrenchBoot (DRTM): later
                    Colin Ihrig: converged CI, almost done.
                    AI: Nikhita will ask Dims
                    if there is no overlay it will send it
                    Participants
                    Colin Ihrig
                    """);
            assertNull(d.definition("DRTM"));
            assertNull(d.definition("CI"));
            assertNull(d.definition("AI"));
        }

        @Test
        void usesSkipShoutingUrlsAndMixedCaseWords() {
            NotesDocument d = parse("NOW, THEREFORE, BE IT RESOLVED, that the PMC uses vTPM and SEV-SNP on GitHub https://x.org/ABC\n");
            assertEquals(List.of("PMC", "vTPM", "SEV-SNP"), d.acronymUses().stream().map(AcronymUse::acronym).toList());
        }
    }

    @Nested
    class Meetings {
        @Test
        void datesInTheirManySpellings() {
            assertEquals(LocalDate.of(2021, 6, 10), parse("2021-06-10 Project Stratos Sync Meeting notes\nDate\nMay 27, 2021\n").date());
            assertEquals(LocalDate.of(2021, 5, 27), parse("Project Stratos Sync\nDate\nMay 27, 2021\n").date());
            assertEquals(LocalDate.of(2019, 3, 26), parse("# Call\n\n**Date:** 26 March 2019 at 9am PST\n").date());
            assertEquals(LocalDate.of(2012, 8, 28), parse("        Board Minutes\n\n        August 28, 2012\n\n 1. Call\n").date());
            assertEquals(LocalDate.of(2023, 9, 13), parse("[list] Notes\n\nOliver Steffen osteffen at redhat.com\nWed Sep 13 20:48:13 CEST 2023\n").date());
        }

        @Test
        void mailingListChromeIsNotNotes() {
            NotesDocument d = parse("""
                    [Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]

                    Design session notes

                    Stefano: could we use a tree?

                    Oliver



                    More information about the Svsm-devel mailing list
                    """);
            assertEquals("Design session notes", d.title());
            assertEquals(List.of("Design session notes"), titles(d));
            assertEquals(List.of("Stefano"), speakers(d));
        }

        @Test
        void glossaryEntriesKeepTheirOwnParentheses() {
            NotesDocument d = parse("# Glossary\n\n- DomB: the boot domain (dom0)\n- LCM (Launch Control Module)\n");
            assertEquals(List.of("the boot domain (dom0)", "Launch Control Module"),
                    Glossary.entries(d).stream().map(AcronymDefinition::expansion).toList());
        }

        @Test
        void attributionStyleFollowsTheNote() {
            assertEquals(Turn.Form.DASH, parse("Alex Rivera - hi\nBo Chen - yes\nCy Diaz: no\n").attributionStyle().form());
            AttributionStyle s = parse("- Alex Rivera: hi\n- Bo Chen: yes\n").attributionStyle();
            assertEquals("- ", s.bullet());
            assertEquals("[yang] ", parse("Attendees:\n\n*   Yang Li\n*   Peeyush Gupta\n\nAgenda:\n\n*   [yang] hi\n*   [peeyush] yes\n")
                    .attributionStyle().prefix("Yang Li"));
        }
    }

    @Nested
    class ActionItems {
        static List<String> actions(NotesDocument d) {
            return d.actionItems().stream().map(a -> a.text() + (a.done() ? " [done]" : "")).toList();
        }

        @Test
        void markersWithAndWithoutAColon() {
            NotesDocument d = parse("""
                    # Sync
                    ACTION: Alex to review the patch
                    TODO update the wiki
                    AI: Bo to send the slides
                    To do - book the room
                    Action item (Cy): write it up
                    """);
            assertEquals(List.of("Alex to review the patch", "update the wiki", "Bo to send the slides", "book the room",
                    "write it up"), actions(d));
            assertEquals("Cy", d.actionItems().get(4).owner());
        }

        @Test
        void sentencesThatStartLikeAMarkerAreNotActions() {
            NotesDocument d = parse("""
                    # Sync
                    AI governance is on the agenda.
                    Action plan for Q3 was agreed.
                    To do that we need a budget.
                    """);
            assertEquals(List.of(), actions(d));
        }

        @Test
        void onlyATickedBoxMarksAnActionDone() {
            NotesDocument d = parse("""
                    ## Action items
                    - [x] Alex to review the patch
                    - [ ] Bo to fix the [X] button
                    ACTION: label the [X] axis
                    """);
            assertEquals(List.of("Alex to review the patch [done]", "Bo to fix the [X] button", "label the [X] axis"),
                    actions(d));
        }
    }

    @Nested
    class Robustness {
        @Test
        void utf16OffsetsAroundAccentsAndEmoji() {
            NotesDocument d = parse("Roger Pau Monné: 🚀 is it fixed?\n");
            Question q = d.questions().get(0);
            assertEquals("🚀 is it fixed?", q.span().of(d.text()));
            assertEquals(17, d.lines().columnOf(q.span().start()));
            assertEquals(32, d.lines().columnOf(q.span().end()), "the rocket counts two UTF-16 units");
            assertEquals("Roger Pau Monné", q.speaker());
        }

        @Test
        void oddInputNeverThrows() {
            for (String s : new String[] {"", "\n", "\r\n\r", "?", "??:", "#", "# ", "1. ", "- ", "[", "[]", "(", "()", ":", "_",
                    "\uD83D", "a\u0000b", "x".repeat(100_000), "A?".repeat(10_000), "LCM (".repeat(1000),
                    "- a\n".repeat(2000), "\t\t\t-\t\t*"}) {
                assertNotNull(NotesParser.parseStrict(s));
            }
        }

        @Test
        void linesEndAtCrLfCrAndLf() {
            NotesDocument d = parse("Alex: one?\r\nBo: two?\rWhat now?\n");
            assertEquals(3, d.questions().size());
            assertEquals(2, d.lines().lineOf(d.questions().get(2).span().start()));
            assertFalse(d.questions().get(2).isAttributed());
        }
    }
}
