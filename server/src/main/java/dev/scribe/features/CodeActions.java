package dev.scribe.features;

import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.AttributionStyle;
import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Person;
import dev.scribe.notes.Question;
import dev.scribe.notes.Section;
import dev.scribe.notes.Span;
import dev.scribe.notes.Turn;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes ({@code textDocument/codeAction}): credit a question to a likely asker or mark it
 * open; correct a misspelled speaker here or everywhere in the note; add an undefined acronym to
 * the glossary (creating it if needed); add a speaker to the participant list. Every edit is a
 * versioned workspace edit.
 */
public final class CodeActions {
    private CodeActions() {
    }

    /** How many people "Attribute to ..." offers. */
    static final int ASKERS = 5;

    public static List<Either<Command, CodeAction>> actions(String uri, NotesDocument doc, Range range,
                                                             List<Diagnostic> diagnostics, NotesIndex index,
                                                             NoteTexts texts, String glossaryName) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        LineMap lines = doc.lines();
        int from = Ranges.offset(lines, range.getStart());
        int to = Ranges.offset(lines, range.getEnd());
        for (Diagnostic d : diagnostics == null ? List.<Diagnostic>of() : diagnostics) {
            String code = d.getCode() == null || !d.getCode().isLeft() ? "" : d.getCode().getLeft();
            Span at = new Span(Ranges.offset(lines, d.getRange().getStart()),
                    Math.max(Ranges.offset(lines, d.getRange().getStart()), Ranges.offset(lines, d.getRange().getEnd())));
            if (code.equals(DiagnosticSettings.UNATTRIBUTED_QUESTION)) {
                attribute(uri, doc, at, d, texts, out);
            } else if (code.equals(DiagnosticSettings.MISSPELLED_SPEAKER)) {
                respell(uri, doc, at, d, texts, out);
            }
        }
        AcronymUse use = acronymIn(doc, from, to);
        if (use != null && index != null && undefined(uri, doc, use.acronym(), index)) {
            out.add(glossary(use.acronym(), index, texts, glossaryName));
        }
        addParticipant(uri, doc, from, to, texts, out);
        return out;
    }

    private static void attribute(String uri, NotesDocument doc, Span at, Diagnostic d, NoteTexts texts,
                                  List<Either<Command, CodeAction>> out) {
        Question q = null;
        for (Question x : doc.questions()) {
            if (x.span().overlaps(at) || x.span().start() == at.start()) {
                q = x;
                break;
            }
        }
        if (q == null) {
            return;
        }
        AttributionStyle style = doc.attributionStyle();
        boolean first = true;
        for (String name : likelyAskers(doc, q)) {
            CodeAction a = fix("Attribute to " + name, d, new Edits(texts)
                    .insert(uri, doc.lines(), q.span().start(), prefix(style, name)).build());
            a.setIsPreferred(first);
            first = false;
            out.add(Either.forRight(a));
        }
        out.add(Either.forRight(fix("Mark as open question", d, new Edits(texts)
                .insert(uri, doc.lines(), q.span().start(), "Open question: ").build())));
    }

    /** The prefix that credits a name in this note's style ("Name: ", "Name - ", "[name] "). */
    private static String prefix(AttributionStyle style, String name) {
        return style.form() == Turn.Form.OPENING ? name + " " : style.prefix(name);
    }

    /** Whoever spoke just before, then those who spoke most, then the other participants. */
    static List<String> likelyAskers(NotesDocument doc, Question q) {
        Set<String> out = new LinkedHashSet<>();
        Turn before = null;
        for (Turn t : doc.turns()) {
            if (t.speaker() != null && t.span().start() < q.span().start()) {
                before = t;
            }
        }
        if (before != null) {
            out.add(before.speaker());
        }
        List<Person> people = new ArrayList<>(doc.people());
        people.sort((a, b) -> Integer.compare(b.turns(), a.turns()));
        for (Person p : people) {
            if (p.spoke() || p.participant()) {
                out.add(p.name());
            }
        }
        List<String> list = new ArrayList<>(out);
        return list.subList(0, Math.min(ASKERS, list.size()));
    }

    private static void respell(String uri, NotesDocument doc, Span at, Diagnostic d, NoteTexts texts,
                                List<Either<Command, CodeAction>> out) {
        String written = doc.text().substring(at.start(), at.end());
        String meant = meant(d);
        if (meant == null || written.isEmpty()) {
            return;
        }
        CodeAction here = fix("Change to " + meant, d, new Edits(texts)
                .replace(uri, Ranges.range(doc.lines(), at), meant).build());
        here.setIsPreferred(true);
        out.add(Either.forRight(here));
        Edits all = new Edits(texts);
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(written) + "(?![\\p{L}\\p{N}])").matcher(doc.text());
        int count = 0;
        while (m.find()) {
            all.replace(uri, Ranges.range(doc.lines(), m.start(), m.end()), meant);
            count++;
        }
        if (count > 1) {
            out.add(Either.forRight(fix("Change every '" + written + "' to '" + meant + "' in this note", d, all.build())));
        }
    }

    /** The person a misspelled-speaker diagnostic names: its data, or its message. */
    private static String meant(Diagnostic d) {
        Object data = d.getData();
        if (data instanceof com.google.gson.JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        if (data instanceof String s) {
            return s;
        }
        String msg = d.getMessage() == null || !d.getMessage().isLeft() ? "" : d.getMessage().getLeft();
        Matcher m = Pattern.compile("misspelling of (.+)\\.$").matcher(msg);
        return m.find() ? m.group(1) : null;
    }

    private static AcronymUse acronymIn(NotesDocument doc, int from, int to) {
        for (AcronymUse u : doc.acronymUses()) {
            if (u.span().touches(from) || from < u.span().end() && u.span().start() < to) {
                return u;
            }
        }
        return null;
    }

    private static boolean undefined(String uri, NotesDocument doc, String acronym, NotesIndex index) {
        return doc.definition(acronym) == null && Definitions.definedElsewhere(uri, acronym, index) == null;
    }

    /** "Add LCM to the glossary": appends an entry, creating the glossary note when there is none. */
    private static Either<Command, CodeAction> glossary(String acronym, NotesIndex index, NoteTexts texts, String name) {
        String uri = null;
        for (NoteSummary s : index.all()) {
            if (s.isGlossary()) {
                uri = s.uri();
                break;
            }
        }
        Edits edits = new Edits(texts);
        String entry = "- " + acronym + ": ";
        if (uri != null && texts.text(uri) != null) {
            String text = texts.text(uri);
            LineMap lines = LineMap.of(text);
            String lead = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            edits.insert(uri, lines, text.length(), lead + entry + "\n");
        } else {
            uri = texts.uriFor(name + ".md");
            CreateFileOptions options = new CreateFileOptions(false, true);
            edits.create(new CreateFile(uri, options));
            edits.insert(uri, LineMap.of(""), 0, "# Glossary\n\n" + entry + "\n");
        }
        CodeAction a = new CodeAction("Add " + acronym + " to the glossary");
        a.setKind(CodeActionKind.QuickFix);
        a.setEdit(edits.build());
        return Either.forRight(a);
    }

    /** "Add NAME to participants" for a speaker the participant list leaves out. */
    private static void addParticipant(String uri, NotesDocument doc, int from, int to, NoteTexts texts,
                                       List<Either<Command, CodeAction>> out) {
        Participant last = lastListed(doc);
        if (last == null) {
            return;
        }
        Set<String> offered = new LinkedHashSet<>();
        for (Turn t : doc.turns()) {
            if (t.speaker() == null || !(t.nameSpan().touches(from) || from < t.nameSpan().end() && t.nameSpan().start() < to)) {
                continue;
            }
            Person p = doc.person(t.speaker());
            if (p == null || p.participant() || !offered.add(p.name())) {
                continue;
            }
            LineMap lines = doc.lines();
            int line = lines.lineOf(last.span().start());
            String lineText = doc.text().substring(lines.lineStart(line), lines.lineEnd(line));
            String lead = lineText.substring(0, last.span().start() - lines.lineStart(line));
            int end = lines.lineEnd(line);
            CodeAction a = new CodeAction("Add " + p.name() + " to participants");
            a.setKind(CodeActionKind.QuickFix);
            a.setEdit(new Edits(texts).insert(uri, lines, end, "\n" + lead + p.name()).build());
            out.add(Either.forRight(a));
        }
    }

    /** The last entry of the note's participant list, whose layout a new entry copies. */
    private static Participant lastListed(NotesDocument doc) {
        Participant last = null;
        for (Participant p : doc.participants()) {
            Section s = doc.sectionAt(p.span().start());
            if (s != null && s.role() == Section.Role.PARTICIPANTS) {
                last = p;
            }
        }
        return last;
    }

    private static CodeAction fix(String title, Diagnostic d, org.eclipse.lsp4j.WorkspaceEdit edit) {
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setEdit(edit);
        return a;
    }
}
