package dev.scribe.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronyms and where a note spells them out. The explicit forms ({@code Long Form (LF)},
 * {@code LF (Long Form)}, {@code LF: Long Form}, {@code Long Form - LF for short}) are matched
 * the way Schwartz &amp; Hearst match abbreviations: the acronym's letters right to left against
 * the words next to it. Where nothing is explicit, words whose initials spell the acronym stand
 * in ({@code Launch Control Module} for LCM), capitalised words before lower-case ones.
 * A definition points at the first place its long form stands in the note.
 */
final class AcronymFinder {

    private record Candidate(String acronym, String expansion, AcronymDefinition.Form form, int at) {
    }

    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'‘’“”]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");
    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"'‘’“”]+|[\"'‘’“”]+$");
    private static final Pattern GLOSSARY_LINE = Pattern.compile(
            "^([A-Za-z0-9][A-Za-z0-9&-]{1,11})\\s*(?::|=|\\s[-–—])\\s+(.+)$");

    /** Small words that may stand inside a long form: "Board of Directors", "Trust for Measurement". */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("of", "and", "for", "the", "&", "in", "on",
            "to", "de", "a", "an", "at", "by", "with", "via");
    /** The fewer ones allowed between lower-case words. */
    private static final java.util.Set<String> TIGHT_FILLERS = java.util.Set.of("of", "and", "for", "&");

    private final String text;
    private final List<Line> lines;
    private final Predicate<String> isPersonWord;
    /**
     * The letters A-Z that start a word or a capital hump among the words {@link #wordsOf} read
     * last (and perhaps a few more letters of the line): no other letter can be spelled there.
     */
    private int spellable;

    private AcronymFinder(String text, List<Line> lines, Predicate<String> isPersonWord) {
        this.text = text;
        this.lines = lines;
        this.isPersonWord = isPersonWord;
    }

    /** Acronym uses, in order. */
    static List<AcronymUse> uses(String text, List<Line> lines) {
        List<AcronymUse> out = new ArrayList<>();
        List<int[]> runs = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isNotes()) {
                continue;
            }
            String t = line.text;
            int n = t.length();
            runs.clear();
            // One pass over the line reads two things. The initials: the letters A-Z that start
            // a word or a capital hump, as bits (which acronyms its words could spell). And the
            // tokens between white space that hold two capitals, which an acronym needs: most
            // tokens have none, and only the others are read further.
            int initials = 0;
            int prev = Chars.classes(' ');
            char prevChar = ' ';
            int ws = 0;
            int capitals = 0;
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                int cls = Chars.classes(c);
                if ((cls & Chars.SPACE) != 0) {
                    if (capitals >= 2) {
                        scanToken(t, ws, i, runs);
                    }
                    ws = i + 1;
                    capitals = 0;
                } else if ((cls & Chars.UPPER) != 0) {
                    capitals++;
                }
                if ((cls & Chars.LETTER) != 0) {
                    boolean start = (prev & (Chars.LETTER | Chars.DIGIT)) == 0 && prevChar != '\'' && prevChar != '’';
                    if (start || c >= 'A' && c <= 'Z' && (prev & Chars.LOWER) != 0) {
                        initials |= initialsMask(Chars.toUpperCase(c));
                    }
                }
                prev = cls;
                prevChar = c;
            }
            if (capitals >= 2) {
                scanToken(t, ws, n, runs);
            }
            line.initials = initials;
            markShouting(t, runs);
            for (int[] r : runs) {
                if (r[2] == 1) {
                    out.add(new AcronymUse(t.substring(r[0], r[1]), new Span(line.start + r[0], line.start + r[1])));
                }
            }
        }
        return out;
    }

    /** Acronyms in the token t[ws, we): its words, or a link's visible text. */
    private static void scanToken(String t, int ws, int we, List<int[]> runs) {
        boolean odd = false;   // holds a character that may make it a URL, a mail or code
        for (int i = ws; i < we; i++) {
            char c = t.charAt(i);
            odd |= c == ':' || c == '@' || c == '`' || c == ']' || c == '.' && i - ws == 3;
        }
        if (odd) {
            String token = t.substring(ws, we);
            if (token.contains("://") || token.startsWith("www.") || token.indexOf('@') >= 0
                    || token.startsWith("`") || token.contains("](")) {
                scanLinkText(token, ws, runs);
                return;
            }
        }
        scanWords(t, ws, we, runs);
    }

    /**
     * Acronyms among the words of t[from, to): runs of letters and digits, joined by inner
     * hyphens ("SEV-SNP"). Only candidates are recorded, without copying the other words.
     */
    private static void scanWords(String t, int from, int to, List<int[]> runs) {
        int i = from;
        while (i < to) {
            if (!Chars.isLetterOrDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            int upper = 0;
            int lower = 0;
            while (i < to) {
                char c = t.charAt(i);
                if (Chars.isLetterOrDigit(c)) {
                    if (Chars.isUpperCase(c)) {
                        upper++;
                    } else if (Chars.isLowerCase(c)) {
                        lower++;
                    }
                    i++;
                } else if ((c == '-' || c == '&') && i + 1 < to && upper >= 2 && upper >= lower
                        && isAcronym(wordAt(t, i + 1, to))) {
                    i++;   // "SEV-SNP": both sides acronyms
                } else {
                    break;
                }
            }
            if (upper >= 2 && upper >= lower) {
                String w = t.substring(s, i);
                if (isAcronym(w)) {
                    runs.add(new int[] {s, i, 1, isShoutWord(w) ? 1 : 0});
                }
            }
        }
    }

    private static String wordAt(String t, int i, int to) {
        int e = i;
        while (e < to && Chars.isLetterOrDigit(t.charAt(e))) {
            e++;
        }
        return t.substring(i, e);
    }

    /** The visible text of a markdown link "[TSC#338](https://...)" still holds acronyms. */
    private static void scanLinkText(String token, int base, List<int[]> runs) {
        int open = token.indexOf('[');
        int close = token.indexOf("](");
        if (open >= 0 && close > open) {
            List<int[]> inner = new ArrayList<>();
            scanWords(token, open + 1, close, inner);
            for (int[] r : inner) {
                runs.add(new int[] {base + r[0], base + r[1], r[2], r[3]});
            }
        }
    }

    /**
     * "WHEREAS", "NOW, THEREFORE, BE IT RESOLVED": a run of three or more capitalised words is
     * shouting, not acronyms.
     */
    private static void markShouting(String t, List<int[]> runs) {
        int i = 0;
        while (i < runs.size()) {
            int j = i;
            while (j < runs.size() && runs.get(j)[2] == 1 && isAllCapsWord(t, runs.get(j))
                    && (j == i || onlyPunctuationBetween(t, runs.get(j - 1)[1], runs.get(j)[0]))) {
                j++;
            }
            if (j - i >= 3) {
                for (int k = i; k < j; k++) {
                    runs.get(k)[2] = 0;
                }
            }
            for (int k = i; k < Math.max(j, i + 1); k++) {
                int[] r = runs.get(k);
                if (r[2] == 1 && r[3] == 1) {
                    r[2] = 0;   // an everyday word in capitals: "RESOLVED", "WHEREAS"
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isAllCapsWord(String t, int[] r) {
        for (int k = r[0]; k < r[1]; k++) {
            if (Chars.isLowerCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyPunctuationBetween(String t, int a, int b) {
        for (int k = a; k < b; k++) {
            char c = t.charAt(k);
            if (!Character.isWhitespace(c) && ",;:.".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** An everyday word of five letters or more written in capitals: "WHEREAS", "RESOLVED". */
    private static boolean isShoutWord(String w) {
        return w.length() >= 5 && w.equals(w.toUpperCase(Locale.ROOT)) && Words.isCommon(w);
    }

    /**
     * Two or more capitals and at least as many capitals as lower-case letters: LCM, vTPM, DomB,
     * SEV-SNP, CPL3, 2FA; not GitHub, OpenOffice or I.
     */
    static boolean isAcronym(String w) {
        int upper = 0;
        int lower = 0;
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Chars.isUpperCase(c)) {
                upper++;
                letters++;
            } else if (Chars.isLowerCase(c)) {
                lower++;
                letters++;
            } else if (!Character.isDigit(c) && c != '-' && c != '&') {
                return false;
            }
        }
        return upper >= 2 && upper >= lower && letters >= 2 && w.length() <= 12;
    }

    /** The definition of each acronym that the note spells out. */
    static Map<String, AcronymDefinition> definitions(String text, List<Line> lines, List<AcronymUse> uses,
                                                      Predicate<String> isPersonWord) {
        return new AcronymFinder(text, lines, isPersonWord).define(uses);
    }

    private Map<String, AcronymDefinition> define(List<AcronymUse> uses) {
        Map<String, Integer> used = new LinkedHashMap<>();
        for (AcronymUse u : uses) {
            used.merge(u.acronym(), 1, Integer::sum);
        }
        List<Candidate> candidates = new ArrayList<>();
        explicitForms(used, candidates);
        initials(used, candidates);
        Map<String, AcronymDefinition> out = new LinkedHashMap<>();
        Map<String, List<Candidate>> byAcronym = new HashMap<>();
        for (Candidate c : candidates) {
            byAcronym.computeIfAbsent(c.acronym, k -> new ArrayList<>()).add(c);
        }
        for (String acronym : used.keySet()) {
            List<Candidate> cs = byAcronym.get(acronym);
            if (cs == null) {
                continue;
            }
            Candidate best = choose(cs);
            if (best.form == AcronymDefinition.Form.WORDS && occurrences(cs, best) < 2) {
                continue;   // lower-case words once are as likely a coincidence as a definition
            }
            // The long form stands where the evidence is, so the search never needs to go further.
            Span first = firstOccurrence(best.expansion, best.at + best.expansion.length() + 200);
            if (first == null) {
                continue;
            }
            out.put(acronym, new AcronymDefinition(acronym, SPACES.matcher(text.substring(first.start(), first.end())).replaceAll(" "),
                    first, best.form));
        }
        return out;
    }

    /** The most explicit form; among equals the long form that stands most often, then the first. */
    private static Candidate choose(List<Candidate> cs) {
        Map<String, Integer> counts = new HashMap<>();
        String[] keys = new String[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            keys[i] = key(cs.get(i).expansion);
            counts.merge(keys[i], 1, Integer::sum);
        }
        int best = -1;
        for (int i = 0; i < cs.size(); i++) {
            Candidate c = cs.get(i);
            if (best < 0) {
                best = i;
                continue;
            }
            Candidate b = cs.get(best);
            int cc = counts.get(keys[i]);
            int bc = counts.get(keys[best]);
            if (c.form.ordinal() < b.form.ordinal() || c.form == b.form && (cc > bc || cc == bc && c.at < b.at)) {
                best = i;
            }
        }
        return cs.get(best);
    }

    private static int occurrences(List<Candidate> cs, Candidate c) {
        int n = 0;
        for (Candidate o : cs) {
            if (key(o.expansion).equals(key(c.expansion))) {
                n++;
            }
        }
        return n;
    }

    private static String key(String expansion) {
        return NON_ALNUM.matcher(Words.fold(expansion)).replaceAll(" ").strip();
    }

    private void explicitForms(Map<String, Integer> used, List<Candidate> out) {
        // Long Form (LF): each "(" holding just an acronym (or its plural)
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0 || close - open > 16) {
                continue;
            }
            String inside = text.substring(open + 1, close).strip();
            String acr = used.containsKey(inside) ? inside
                    : inside.endsWith("s") && used.containsKey(inside.substring(0, inside.length() - 1))
                    ? inside.substring(0, inside.length() - 1) : null;
            if (acr == null) {
                continue;
            }
            String exp = matchBackwards(letters(acr), textBefore(open, 160), false);
            if (exp != null && !mentionsPerson(exp)) {
                out.add(new Candidate(acr, exp, AcronymDefinition.Form.PARENTHESES, open));
            }
        }
        // Long Form - LF for short
        for (int at = text.indexOf("for short"); at >= 0; at = text.indexOf("for short", at + 1)) {
            int e = at;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '-' || text.charAt(b - 1) == '&')) {
                b--;
            }
            String acr = text.substring(b, e);
            int d = b;
            while (d > 0 && Character.isWhitespace(text.charAt(d - 1))) {
                d--;
            }
            if (!used.containsKey(acr) || d == 0 || "-–—,".indexOf(text.charAt(d - 1)) < 0) {
                continue;
            }
            String exp = matchBackwards(letters(acr), textBefore(d - 1, 160), false);
            if (exp != null && !mentionsPerson(exp)) {
                out.add(new Candidate(acr, exp, AcronymDefinition.Form.PARENTHESES, d - 1));
            }
        }
        // LF (Long Form): each "(" with an acronym just before it
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int e = open;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && e - b < 12 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '-'
                    || text.charAt(b - 1) == '&')) {
                b--;
            }
            if (b == e || b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
                continue;
            }
            String acr = text.substring(b, e);
            int close = text.indexOf(')', open);
            if (!used.containsKey(acr) || close < 0 || close - open > 121 || close - open < 4) {
                continue;
            }
            String inside = text.substring(open + 1, close);
            if (inside.indexOf('(') >= 0) {
                continue;
            }
            String exp = matchForwards(letters(acr), inside);
            if (exp != null && !mentionsPerson(exp)) {
                out.add(new Candidate(acr, exp, AcronymDefinition.Form.PARENTHESES, open + 1));
            }
        }
        // Glossary lines: "LF: Long Form", "- LF = Long Form", "LF - Long Form"
        StringBuilder firsts = new StringBuilder();
        for (String a : used.keySet()) {
            firsts.append(a.charAt(0));
        }
        String firstLetters = firsts.toString();
        for (Line line : lines) {
            if (!line.isNotes()) {
                continue;
            }
            // A glossary line starts with an acronym of this note: its first letter, two capitals
            // at least, twelve characters at most.
            String c = line.content();
            if (c.isEmpty() || firstLetters.indexOf(c.charAt(0)) < 0) {
                continue;
            }
            int head = 0;
            int capitals = 0;
            while (head < c.length() && head <= 12 && (Chars.isLetterOrDigit(c.charAt(head)) || c.charAt(head) == '-'
                    || c.charAt(head) == '&')) {
                if (Chars.isUpperCase(c.charAt(head))) {
                    capitals++;
                }
                head++;
            }
            if (head < 2 || head > 12 || capitals < 2 || !used.containsKey(c.substring(0, head))) {
                continue;
            }
            Matcher g = GLOSSARY_LINE.matcher(c);
            if (g.matches() && used.containsKey(g.group(1))) {
                String exp = matchForwards(letters(g.group(1)), g.group(2));
                if (exp != null && !mentionsPerson(exp) && strictInitials(letters(g.group(1)), exp)) {
                    out.add(new Candidate(g.group(1), exp, AcronymDefinition.Form.GLOSSARY, line.start));
                }
            }
        }
    }

    /** The acronym's letters and digits, upper case, without hyphens: "CPL3" spells Current Privilege Level 3. */
    private static String letters(String acr) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < acr.length(); i++) {
            char c = acr.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    private String textBefore(int at, int max) {
        int s = Math.max(0, at - max);
        return text.substring(s, at);
    }

    /**
     * Schwartz &amp; Hearst: match the letters right to left against the words before the
     * parenthesis; the first letter must start a word. Returns the shortest long form, or null.
     */
    static String matchBackwards(String letters, String before, boolean strict) {
        if (letters.length() < 2) {
            return null;
        }
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        List<String> words = lastWords(before, maxWords);
        // Stop at the end of the previous sentence or clause.
        int from = 0;
        for (int k = words.size() - 1; k >= 0; k--) {
            String w = words.get(k);
            if (k < words.size() - 1 && (w.endsWith(".") || w.endsWith(":") || w.endsWith(";") || w.endsWith("?"))) {
                from = k + 1;
                break;
            }
        }
        words = words.subList(from, words.size());
        String cand = String.join(" ", words).strip();
        if (cand.isEmpty()) {
            return null;
        }
        int s = letters.length() - 1;
        int l = cand.length() - 1;
        String lower = cand.toLowerCase(Locale.ROOT);
        String lowLetters = letters.toLowerCase(Locale.ROOT);
        while (s >= 0) {
            char c = lowLetters.charAt(s);
            while (l >= 0 && (lower.charAt(l) != c || s == 0 && l > 0 && Character.isLetterOrDigit(lower.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        int start = l + 1;
        String exp = stripTrailingPunctuation(cand.substring(start).strip());
        List<String> ew = Markup.words(exp);
        if (ew.isEmpty() || ew.size() > maxWords || Words.isStop(ew.get(0))) {
            return null;
        }
        if (exp.equalsIgnoreCase(letters)) {
            return null;
        }
        return strict && !strictInitials(letters, exp) ? null : exp;
    }

    private static boolean isQuote(char c) {
        return "\"'‘’“”".indexOf(c) >= 0;
    }

    /** The text with each quotation mark a space; most texts have none. */
    private static String unquote(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isQuote(s.charAt(i))) {
                return QUOTES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** Without the commas, periods, semicolons and colons that end it. */
    private static String stripTrailingPunctuation(String s) {
        // The pattern's "$" also stands before a final line break.
        if (s.isEmpty() || ",.;:\n\r\u0085\u2028\u2029".indexOf(s.charAt(s.length() - 1)) < 0) {
            return s;
        }
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    }

    /**
     * The last {@code max} words of s, in order: what {@code Markup.words(unquote(s))} ends with,
     * without reading the words before them.
     */
    private static List<String> lastWords(String s, int max) {
        List<String> out = new ArrayList<>(max);
        int i = s.length();
        while (out.size() < max) {
            while (i > 0 && isWordBreak(s.charAt(i - 1))) {
                i--;
            }
            if (i == 0) {
                break;
            }
            int end = i;
            while (i > 0 && !isWordBreak(s.charAt(i - 1))) {
                i--;
            }
            out.add(s.substring(i, end));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean isWordBreak(char c) {
        return Chars.isWhitespace(c) || isQuote(c);
    }

    /** The long form inside "LF (Long Form)": its words, matched left to right. */
    static String matchForwards(String letters, String inside) {
        String s = inside.strip();
        // Quotes at either edge (the pattern's "$" also stands before a final line break).
        if (!s.isEmpty() && (isQuote(s.charAt(0)) || isQuote(s.charAt(s.length() - 1))
                || "\n\r\u0085\u2028\u2029".indexOf(s.charAt(s.length() - 1)) >= 0)) {
            s = EDGE_QUOTES.matcher(s).replaceAll("");
        }
        s = SPACES.matcher(s).replaceAll(" ");
        List<String> words = Markup.words(s);
        if (words.isEmpty() || words.size() > letters.length() + 4 || Words.isStop(words.get(0))) {
            return null;
        }
        String low = s.toLowerCase(Locale.ROOT);
        if (low.charAt(0) != Character.toLowerCase(letters.charAt(0))) {
            return null;
        }
        // Every letter in order, each either a word start or inside the word of the one before.
        int li = 0;
        for (int k = 0; k < low.length() && li < letters.length(); k++) {
            if (low.charAt(k) == Character.toLowerCase(letters.charAt(li))) {
                li++;
            }
        }
        if (li < letters.length()) {
            return null;
        }
        String exp = stripTrailingPunctuation(s);
        return strictInitials(letters, exp) || words.size() <= letters.length() ? exp : null;
    }

    /** Each letter starts a word or a capital hump, in order, and every content word gives one. */
    static boolean strictInitials(String letters, String expansion) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= expansion.length(); i++) {
            char c = i < expansion.length() ? expansion.charAt(i) : ' ';
            if (Character.isWhitespace(c) || c == '/' || c == '-') {
                if (w.length() > 0) {
                    words.add(w.toString());
                    w.setLength(0);
                }
            } else if (Character.isLetterOrDigit(c) || c == '&') {
                w.append(c);
            }
        }
        return spells(letters, words, 0, 0);
    }

    private static boolean spells(String letters, List<String> words, int li, int wi) {
        if (li == letters.length()) {
            for (int k = wi; k < words.size(); k++) {
                if (!Words.isStop(words.get(k)) && !words.get(k).equals("&")) {
                    return false;
                }
            }
            return true;
        }
        if (wi >= words.size()) {
            return false;
        }
        String w = words.get(wi);
        char want = letters.charAt(li);
        if (Character.toUpperCase(w.charAt(0)) == want) {
            // This word gives one letter, or more through its capital humps ("OpenOffice").
            int used = li + 1;
            if (spells(letters, words, used, wi + 1)) {
                return true;
            }
            for (int k = 1; k < w.length() && used < letters.length(); k++) {
                if (Character.isUpperCase(w.charAt(k)) && w.charAt(k) == letters.charAt(used)) {
                    used++;
                    if (spells(letters, words, used, wi + 1)) {
                        return true;
                    }
                }
            }
        }
        return (Words.isStop(w) || w.equals("&")) && wi > 0 && spells(letters, words, li, wi + 1);
    }

    /**
     * Words whose initials spell an acronym, anywhere in one line. Only for acronyms that no
     * explicit form defines: an explicit form wins anyway.
     */
    private void initials(Map<String, Integer> used, List<Candidate> out) {
        java.util.Set<String> explicit = new java.util.HashSet<>();
        for (Candidate c : out) {
            explicit.add(c.acronym);
        }
        List<String> acronyms = new ArrayList<>();
        List<String> spelled = new ArrayList<>();
        int[] needs = new int[used.size()];
        boolean[] initial = new boolean[128];
        for (String a : used.keySet()) {
            String l = letters(a);
            if (!explicit.contains(a) && l.length() >= 2 && l.length() <= 8 && l.length() == a.replace("-", "").length()
                    && a.chars().noneMatch(Character::isDigit) && l.charAt(0) < 128) {
                acronyms.add(a);
                spelled.add(l);
                int need = 0;
                for (int k = 0; k < l.length(); k++) {
                    need |= initialsMask(l.charAt(k));
                }
                needs[acronyms.size() - 1] = need;
                initial[l.charAt(0)] = true;
            }
        }
        if (acronyms.isEmpty()) {
            return;
        }
        int[] bounds = new int[64];
        int[] possible = new int[acronyms.size()];
        for (Line line : lines) {
            if (!line.isNotes()) {
                continue;
            }
            // A line where some letter of every acronym starts no word is skipped.
            boolean any = false;
            for (int ai = 0; ai < acronyms.size(); ai++) {
                any |= (line.initials & needs[ai]) == needs[ai];
            }
            if (!any) {
                continue;
            }
            bounds = wordsOf(line, bounds);
            int words = bounds[bounds.length - 1];
            // Only the acronyms whose letters A-Z all start a word or a hump of these words can
            // be spelled here (spellFrom takes no other letter): the others need not be tried.
            int count = 0;
            for (int ai = 0; ai < acronyms.size(); ai++) {
                if ((spellable & needs[ai]) == needs[ai]) {
                    possible[count++] = ai;
                }
            }
            for (int i = 0; i < words && count > 0; i++) {
                int ws = bounds[2 * i];
                if (ws < 0) {
                    continue;
                }
                char c0 = Chars.toUpperCase(text.charAt(ws));
                if (c0 >= 128 || !initial[c0] || !startsOneOf(c0, spelled, possible, count)) {
                    continue;
                }
                String first = text.substring(ws, bounds[2 * i + 1]);
                if (Words.isStop(first) || isAcronym(first)) {
                    continue;
                }
                for (int pi = 0; pi < count; pi++) {
                    int ai = possible[pi];
                    String l = spelled.get(ai);
                    if (l.charAt(0) != c0) {
                        continue;
                    }
                    int end = spellFrom(l, bounds, words, i);
                    if (end < 0 || isStopWord(bounds, end - 1)) {
                        continue;
                    }
                    String exp = text.substring(ws, bounds[2 * (end - 1) + 1]);
                    if (mentionsPerson(exp)) {
                        continue;
                    }
                    AcronymDefinition.Form form = tier(bounds, i, end, l);
                    if (form != null) {
                        out.add(new Candidate(acronyms.get(ai), exp, form, ws));
                    }
                }
            }
        }
    }

    /** Does one of the possible acronyms start with this letter? */
    private static boolean startsOneOf(char c0, List<String> spelled, int[] possible, int count) {
        for (int pi = 0; pi < count; pi++) {
            if (spelled.get(possible[pi]).charAt(0) == c0) {
                return true;
            }
        }
        return false;
    }

    private static int initialsMask(char c) {
        return c >= 'A' && c <= 'Z' ? 1 << (c - 'A') : 0;
    }

    /**
     * Capitalised words with small words between ("Board of Directors"), or real lower-case words
     * with at most "of", "and", "for" between ("working group"); null for anything looser.
     */
    private AcronymDefinition.Form tier(int[] bounds, int from, int to, String letters) {
        boolean capitalised = true;
        boolean allLower = true;
        boolean looseFiller = false;
        int content = 0;
        boolean shortWord = false;
        for (int k = from; k < to; k++) {
            String w = text.substring(bounds[2 * k], bounds[2 * k + 1]);
            if (Words.isStop(w)) {
                String f = w.toLowerCase(Locale.ROOT);
                if (!TIGHT_FILLERS.contains(f)) {
                    looseFiller = true;
                }
                if (!FILLERS.contains(f)) {
                    return null;
                }
                continue;
            }
            content++;
            shortWord |= w.length() < 4;
            if (Character.isUpperCase(w.charAt(0))) {
                allLower = false;
            } else {
                capitalised = false;
            }
        }
        if (capitalised) {
            return AcronymDefinition.Form.CAPITALISED_WORDS;
        }
        return allLower && !looseFiller && !shortWord && content == letters.length() ? AcronymDefinition.Form.WORDS : null;
    }

    private boolean isStopWord(int[] bounds, int k) {
        return Words.isStop(text.substring(bounds[2 * k], bounds[2 * k + 1]));
    }

    /**
     * The index after the words from {@code i} that spell the letters (each word by its first
     * letter and its capital humps, small words skipped inside), or -1.
     */
    private int spellFrom(String letters, int[] bounds, int words, int i) {
        int li = 0;
        int wi = i;
        while (li < letters.length()) {
            if (wi >= words || bounds[2 * wi] < 0) {
                return -1;
            }
            int ws = bounds[2 * wi];
            int we = bounds[2 * wi + 1];
            if (Chars.toUpperCase(text.charAt(ws)) == letters.charAt(li)) {
                if (isAcronym(text.substring(ws, we))) {
                    return -1;
                }
                li++;
                for (int k = ws + 1; k < we && li < letters.length(); k++) {
                    if (Chars.isUpperCase(text.charAt(k)) && Chars.isLowerCase(text.charAt(k - 1))
                            && text.charAt(k) == letters.charAt(li)) {
                        li++;
                    }
                }
                wi++;
            } else if (wi > i && Words.isStop(text.substring(ws, we))) {
                wi++;
            } else {
                return -1;
            }
        }
        return wi;
    }

    /**
     * The words of a line as offsets: bounds[2k], bounds[2k+1] for word k, with start -1 for a
     * punctuation break (a phrase never spans one); the count in the last slot. Sets
     * {@link #spellable} for these words.
     */
    private int[] wordsOf(Line line, int[] bounds) {
        String t = line.text;
        int n = t.length();
        int count = 0;
        int mask = 0;
        int i = line.contentStart;
        while (i < n) {
            char c = t.charAt(i);
            if (!Chars.isLetter(c)) {
                if (c == '(' || c == ')' || c == ',' || c == '.' || c == ':' || c == ';' || c == '?' || c == '!') {
                    bounds = put(bounds, count++, -1, -1);
                }
                i++;
                continue;
            }
            int s = i;
            mask |= initialsMask(Chars.toUpperCase(c));
            i++;
            while (i < n && (Chars.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) {
                i++;
            }
            bounds = put(bounds, count++, line.start + s, line.start + i);
        }
        // The line's initials hold every capital hump (and most word starts).
        spellable = mask | line.initials;
        if (bounds.length < 2 * count + 1) {
            bounds = java.util.Arrays.copyOf(bounds, 2 * count + 1);
        }
        bounds[bounds.length - 1] = count;
        return bounds;
    }

    private static int[] put(int[] bounds, int k, int start, int end) {
        int[] b = bounds.length < 2 * k + 3 ? java.util.Arrays.copyOf(bounds, Math.max(2 * k + 3, bounds.length * 2)) : bounds;
        b[2 * k] = start;
        b[2 * k + 1] = end;
        return b;
    }

    /** The word's letters only: "Module," gives "Module". */
    private static String letterRun(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                b.append(w.charAt(i));
            }
        }
        return b.toString();
    }

    private boolean mentionsPerson(String expansion) {
        for (String w : Markup.words(expansion)) {
            if (isPersonWord.test(letterRun(w))) {
                return true;
            }
        }
        return false;
    }

    /** Where the long form first stands in the note, across line breaks, any case. */
    private Span firstOccurrence(String expansion, int until) {
        List<String> words = Markup.words(unquote(expansion));
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0);
        for (int at = indexIgnoreCase(first, 0, until); at >= 0; at = indexIgnoreCase(first, at + 1, until)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            int end = matchRest(words, at + first.length());
            if (end >= 0 && inNotes(at)) {
                return new Span(at, end);
            }
        }
        return null;
    }

    /** After the first word at {@code i}: the other words, each after spaces, quotes or a hyphen. */
    private int matchRest(List<String> words, int i) {
        for (int k = 1; k < words.size(); k++) {
            int j = i;
            while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || "\"'‘’“”-".indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            String w = words.get(k);
            if (j == i || !text.regionMatches(true, j, w, 0, w.length())) {
                return -1;
            }
            i = j + w.length();
        }
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i)) ? -1 : i;
    }

    /** The next place the word stands, in any case. */
    private int indexIgnoreCase(String word, int from, int until) {
        char lower = Character.toLowerCase(word.charAt(0));
        char upper = Character.toUpperCase(word.charAt(0));
        int n = Math.min(until, text.length() - word.length());
        if (from > n) {
            return -1;
        }
        // Each place the first letter stands, in either case, found by indexOf (which is fast).
        int nextLower = text.indexOf(lower, from);
        int nextUpper = upper == lower ? -1 : text.indexOf(upper, from);
        while (true) {
            int i = nextLower < 0 ? nextUpper : nextUpper < 0 ? nextLower : Math.min(nextLower, nextUpper);
            if (i < 0 || i > n) {
                return -1;
            }
            if (standsAt(i, word)) {
                return i;
            }
            if (i == nextLower) {
                nextLower = text.indexOf(lower, i + 1);
            } else {
                nextUpper = text.indexOf(upper, i + 1);
            }
        }
    }

    /**
     * {@code text.regionMatches(true, i, word, 0, word.length())} for a word that fits the text
     * there, comparing ASCII letters directly: most places differ by the second letter already.
     */
    private boolean standsAt(int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            char a = text.charAt(i + k);
            char b = word.charAt(k);
            if (a == b) {
                continue;
            }
            if (a >= 128 || b >= 128) {
                return text.regionMatches(true, i, word, 0, word.length());
            }
            if ((a >= 'A' && a <= 'Z' ? a + 32 : a) != (b >= 'A' && b <= 'Z' ? b + 32 : b)) {
                return false;
            }
        }
        return true;
    }

    private boolean inNotes(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Line l = lines.get(mid);
            if (offset < l.start) {
                hi = mid - 1;
            } else if (offset > l.end) {
                lo = mid + 1;
            } else {
                return l.isNotes();
            }
        }
        return false;
    }
}
