package dev.scribe.robustness;

import dev.scribe.features.CodeActions;
import dev.scribe.features.CodeLenses;
import dev.scribe.features.Completion;
import dev.scribe.features.DiagnosticSettings;
import dev.scribe.features.Definitions;
import dev.scribe.features.Diagnostics;
import dev.scribe.features.Folding;
import dev.scribe.features.Highlights;
import dev.scribe.features.Hovers;
import dev.scribe.features.InlayHints;
import dev.scribe.features.Links;
import dev.scribe.features.NoteTexts;
import dev.scribe.features.Outline;
import dev.scribe.features.Ranges;
import dev.scribe.features.References;
import dev.scribe.features.Rename;
import dev.scribe.features.SelectionRanges;
import dev.scribe.features.SemanticTokensProvider;
import dev.scribe.features.WorkspaceDiagnostics;
import dev.scribe.features.WorkspaceSymbols;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.NotesParser;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Runs every feature on one note, at the given cursor offsets, inside a small workspace (the
 * note, an earlier meeting and a glossary), and checks that every range any of them returns
 * lies inside the text it points into and is ordered. Collects every position it saw, so that
 * a property can look at them further.
 */
final class FeatureSweep {
    static final String URI = "file:///notes/2024-01-02-random.txt";
    static final String EARLIER = "file:///notes/2021-06-10-earlier.txt";
    static final String GLOSSARY = "file:///notes/glossary.md";
    private static final String EARLIER_TEXT = """
            Stratos sync
            Participants
            Alex
            Arnd
            Jörg

            Launch Control Module (LCM) review
            Alex: the LCM is slow 😀 on I2C?
            Arnd - we could create a separate crypto module.
            ACTION: Alex to review the WG notes
            """;
    private static final String GLOSSARY_TEXT = "# Glossary\n\nWG: working group\nTS: Trusted Substrate\n";

    /** A position a feature returned, with what returned it and the note it points into. */
    record Seen(String where, String uri, Position position) {
    }

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Positions> checks = new LinkedHashMap<>();
    final List<Seen> seen = new ArrayList<>();

    private FeatureSweep(String text) {
        texts.put(URI, text);
        texts.put(EARLIER, EARLIER_TEXT);
        texts.put(GLOSSARY, GLOSSARY_TEXT);
        texts.forEach((uri, t) -> checks.put(uri, new Positions(uri, t)));
    }

    /** Parses {@code text} strictly and runs every feature on it; returns what was seen. */
    static FeatureSweep run(String text, List<Integer> cursors) {
        return run(NotesParser.parseStrict(text), cursors);
    }

    /** Runs every feature on a parsed note; returns what was seen. */
    static FeatureSweep run(NotesDocument doc, List<Integer> cursors) {
        FeatureSweep sweep = new FeatureSweep(doc.text());
        sweep.sweep(doc, cursors);
        return sweep;
    }

    private void sweep(NotesDocument doc, List<Integer> cursors) {
        NotesIndex index = new NotesIndex();
        index.put(NoteSummary.of(EARLIER, NotesParser.parseStrict(EARLIER_TEXT), LocalDate.of(2021, 6, 10), false));
        index.put(NoteSummary.of(GLOSSARY, NotesParser.parseStrict(GLOSSARY_TEXT), null, true));
        index.put(NoteSummary.of(URI, doc, LocalDate.of(2024, 1, 2), false));
        NoteTexts noteTexts = new NoteTexts() {
            @Override
            public String text(String uri) {
                return texts.get(uri);
            }

            @Override
            public Integer version(String uri) {
                return URI.equals(uri) ? 7 : null;
            }

            @Override
            public String uriFor(String fileName) {
                return "file:///notes/" + fileName;
            }
        };
        int length = doc.text().length();
        List<Integer> offsets = new ArrayList<>(List.of(0, length));
        String text = doc.text();
        for (int c : cursors) {
            int o = Math.floorMod(c, length + 1);
            // An editor's cursor stands between characters, never inside an emoji's surrogate pair.
            if (o > 0 && o < length && Character.isHighSurrogate(text.charAt(o - 1)) && Character.isLowSurrogate(text.charAt(o))) {
                o--;
            }
            offsets.add(o);
        }

        for (DocumentSymbol s : Outline.symbols(doc, true, true)) {
            symbol(s);
        }
        for (FoldingRange f : Folding.ranges(doc)) {
            if (f.getStartLine() < 0 || f.getEndLine() < f.getStartLine() || f.getEndLine() >= doc.lines().lineCount()) {
                throw new AssertionError("folding range " + f.getStartLine() + "-" + f.getEndLine() + " in "
                        + doc.lines().lineCount() + " lines");
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>(Diagnostics.of(doc, DiagnosticSettings.defaults()));
        diagnostics.addAll(WorkspaceDiagnostics.of(URI, doc, index, DiagnosticSettings.defaults()));
        for (Diagnostic d : diagnostics) {
            range("diagnostic " + d.getCode(), URI, d.getRange());
            if (d.getRelatedInformation() != null) {
                for (DiagnosticRelatedInformation r : d.getRelatedInformation()) {
                    location("diagnostic related information", r.getLocation());
                }
            }
            for (var a : CodeActions.actions(URI, doc, d.getRange(), List.of(d), index, noteTexts, "glossary")) {
                if (a.isRight()) {
                    codeAction(a.getRight());
                }
            }
        }
        for (var lens : CodeLenses.lenses(URI, doc, index)) {
            range("code lens", URI, lens.getRange());
        }
        tokens("semantic tokens", SemanticTokensProvider.full(doc).getData());
        tokens("semantic tokens of lines 1-3", SemanticTokensProvider.range(doc, 1, 3).getData());
        for (var link : Links.of(URI, doc)) {
            range("document link", URI, link.getRange());
        }
        for (var hint : InlayHints.of(URI, doc, 0, length, index)) {
            position("inlay hint", URI, hint.getPosition());
        }
        for (String query : List.of("", "a", "lcm", "Alex", "😀")) {
            for (SymbolInformation s : WorkspaceSymbols.search(query, index)) {
                location("workspace symbol " + s.getName(), s.getLocation());
            }
        }

        List<Position> positions = new ArrayList<>();
        for (int offset : offsets) {
            positions.add(Ranges.position(doc.lines(), offset));
            for (CompletionItem item : Completion.complete(URI, doc, offset, index).getItems()) {
                if (item.getTextEdit() != null) {
                    range("completion " + item.getLabel(), URI, item.getTextEdit().isLeft()
                            ? item.getTextEdit().getLeft().getRange() : item.getTextEdit().getRight().getReplace());
                }
                if (item.getAdditionalTextEdits() != null) {
                    item.getAdditionalTextEdits().forEach(e -> range("completion additional edit", URI, e.getRange()));
                }
            }
            Definitions.find(URI, doc, offset, index).forEach(l -> location("definition", l));
            References.find(URI, doc, offset, index, true).forEach(l -> location("reference", l));
            Hover hover = Hovers.hover(URI, doc, offset, index);
            if (hover != null && hover.getRange() != null) {
                range("hover", URI, hover.getRange());
            }
            Highlights.of(doc, offset).forEach(h -> range("highlight", URI, h.getRange()));
            PrepareRenameResult prepared = Rename.prepare(doc, offset);
            if (prepared != null) {
                range("prepare rename", URI, prepared.getRange());
            }
            WorkspaceEdit renamed = Rename.rename(URI, doc, offset, "Renamed Person", index, noteTexts);
            if (renamed != null) {
                workspaceEdit("rename", renamed);
            }
            Range here = Ranges.range(doc.lines(), offset, Math.min(length, offset + 3));
            for (var a : CodeActions.actions(URI, doc, here, List.of(), index, noteTexts, "glossary")) {
                if (a.isRight()) {
                    codeAction(a.getRight());
                }
            }
        }
        List<SelectionRange> selections = SelectionRanges.of(doc, positions);
        for (SelectionRange s : selections) {
            for (SelectionRange r = s; r != null; r = r.getParent()) {
                range("selection range", URI, r.getRange());
                if (r.getParent() != null && !checks.get(URI).within(r.getRange(), r.getParent().getRange())) {
                    throw new AssertionError("selection range " + Positions.show(r.getRange())
                            + " is not inside its parent " + Positions.show(r.getParent().getRange()));
                }
            }
        }
    }

    private void symbol(DocumentSymbol s) {
        range("symbol " + s.getName(), URI, s.getRange());
        range("symbol selection " + s.getName(), URI, s.getSelectionRange());
        // VS Code refuses the whole outline when a selection range is outside its symbol's range.
        if (!checks.get(URI).within(s.getSelectionRange(), s.getRange())) {
            throw new AssertionError("symbol '" + s.getName() + "': selection " + Positions.show(s.getSelectionRange())
                    + " is outside its range " + Positions.show(s.getRange()));
        }
        if (s.getChildren() != null) {
            s.getChildren().forEach(this::symbol);
        }
    }

    private void codeAction(CodeAction a) {
        if (a.getEdit() != null) {
            workspaceEdit("code action '" + a.getTitle() + "'", a.getEdit());
        }
    }

    /** Every edit inside its note, and a note's edits never overlap (editors refuse those). */
    private void workspaceEdit(String what, WorkspaceEdit edit) {
        if (edit.getDocumentChanges() == null) {
            return;
        }
        for (var change : edit.getDocumentChanges()) {
            if (!change.isLeft()) {
                continue;
            }
            TextDocumentEdit e = change.getLeft();
            String uri = e.getTextDocument().getUri();
            if (!texts.containsKey(uri)) {
                continue;   // a note the action creates
            }
            List<TextEdit> edits = new ArrayList<>();
            e.getEdits().forEach(x -> edits.add(x.getLeft()));
            for (TextEdit t : edits) {
                range(what, uri, t.getRange());
            }
            Positions p = checks.get(uri);
            edits.sort(Comparator.comparingInt((TextEdit t) -> p.offset(t.getRange().getStart()))
                    .thenComparingInt(t -> p.offset(t.getRange().getEnd())));
            for (int i = 1; i < edits.size(); i++) {
                if (p.offset(edits.get(i).getRange().getStart()) < p.offset(edits.get(i - 1).getRange().getEnd())) {
                    throw new AssertionError(what + ": overlapping edits " + Positions.show(edits.get(i - 1).getRange())
                            + " and " + Positions.show(edits.get(i).getRange()) + " in " + uri);
                }
            }
        }
    }

    /** Decodes the relative encoding: each token on one line, inside it, of a known type. */
    private void tokens(String what, List<Integer> data) {
        if (data.size() % 5 != 0) {
            throw new AssertionError(what + ": " + data.size() + " integers is not a whole number of tokens");
        }
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            int deltaLine = data.get(i);
            int deltaStart = data.get(i + 1);
            if (deltaLine < 0 || deltaStart < 0 && deltaLine == 0 || data.get(i + 2) < 0) {
                throw new AssertionError(what + ": token " + i / 5 + " goes backwards: " + data.subList(i, i + 5));
            }
            line += deltaLine;
            character = deltaLine == 0 ? character + deltaStart : deltaStart;
            range(what + " token " + i / 5, URI, new Range(new Position(line, character),
                    new Position(line, character + data.get(i + 2))));
            if (data.get(i + 3) >= SemanticTokensProvider.TYPES.size()
                    || data.get(i + 4) >= 1 << SemanticTokensProvider.MODIFIERS.size()) {
                throw new AssertionError(what + ": token " + i / 5 + " has an unknown type or modifier");
            }
        }
    }

    private void location(String what, Location l) {
        if (texts.containsKey(l.getUri())) {
            range(what, l.getUri(), l.getRange());
        }
    }

    private void range(String what, String uri, Range r) {
        checks.get(uri).check(what, r);
        seen.add(new Seen(what + " start", uri, r.getStart()));
        seen.add(new Seen(what + " end", uri, r.getEnd()));
    }

    private void position(String what, String uri, Position p) {
        checks.get(uri).check(what, p);
        seen.add(new Seen(what, uri, p));
    }

    /** The positions that fall inside a surrogate pair of the note they point into. */
    List<Seen> splittingSurrogatePairs() {
        List<Seen> out = new ArrayList<>();
        for (Seen s : seen) {
            if (checks.get(s.uri()).splitsSurrogatePair(s.position())) {
                out.add(s);
            }
        }
        return out;
    }
}
