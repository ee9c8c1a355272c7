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

    /** A word of a line and its offsets in the note. */
    private record Word(String text, int start, int end) {
    }

    private record Candidate(String acronym, String expansion, AcronymDefinition.Form form, int at) {
    }

    private static final Pattern PAREN_ACRONYM = Pattern.compile("\\(\\s*([A-Za-z0-9][A-Za-z0-9&-]{0,11}?)s?\\s*\\)");
    private static final Pattern FOR_SHORT = Pattern.compile(
            "\\s[-–—,]\\s*([A-Za-z0-9][A-Za-z0-9&-]{1,11})\\s+for\\s+short\\b");
    private static final Pattern GLOSSARY_LINE = Pattern.compile(
            "^([A-Za-z0-9][A-Za-z0-9&-]{1,11})\\s*(?::|=|\\s[-–—])\\s+(.+)$");
    private static final Pattern ACRONYM_AFTER_PAREN = Pattern.compile(
            "([A-Za-z0-9][A-Za-z0-9&-]{1,11})\\s*\\(\\s*([^()]{3,120})\\)");

    /** Small words that may stand inside a long form: "Board of Directors", "Trust for Measurement". */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("of", "and", "for", "the", "&", "in", "on",
            "to", "de", "a", "an", "at", "by", "with", "via");
    /** The fewer ones allowed between lower-case words. */
    private static final java.util.Set<String> TIGHT_FILLERS = java.util.Set.of("of", "and", "for", "&");

    private final String text;
    private final List<Line> lines;
    private final Predicate<String> isPersonWord;

    private AcronymFinder(String text, List<Line> lines, Predicate<String> isPersonWord) {
        this.text = text;
        this.lines = lines;
        this.isPersonWord = isPersonWord;
    }

    /** Acronym uses, in order. */
    static List<AcronymUse> uses(String text, List<Line> lines) {
        List<AcronymUse> out = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isNotes()) {
                continue;
            }
            String t = line.text;
            int n = t.length();
            int i = 0;
            List<int[]> runs = new ArrayList<>();
            while (i < n) {
                char c = t.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int ws = i;
                while (i < n && !Character.isWhitespace(t.charAt(i))) {
                    i++;
                }
                String token = t.substring(ws, i);
                if (token.contains("://") || token.startsWith("www.") || token.indexOf('@') >= 0
                        || token.startsWith("`") || token.contains("](")) {
                    scanLinkText(token, ws, runs);
                    continue;
                }
                scanWords(t, ws, i, runs);
            }
            markShouting(t, runs);
            for (int[] r : runs) {
                if (r[2] == 1) {
                    out.add(new AcronymUse(t.substring(r[0], r[1]), new Span(line.start + r[0], line.start + r[1])));
                }
            }
        }
        return out;
    }

    /** Acronym-like words of t[from, to): runs of letters and digits, joined by inner hyphens. */
    private static void scanWords(String t, int from, int to, List<int[]> runs) {
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && (Character.isLetterOrDigit(t.charAt(i))
                    || (t.charAt(i) == '-' || t.charAt(i) == '&') && i + 1 < to && Character.isLetterOrDigit(t.charAt(i + 1))
                    && isAcronym(wordAt(t, i + 1, to)) && isAcronym(t.substring(s, i)))) {
                i++;
            }
            String w = t.substring(s, i);
            runs.add(new int[] {s, i, isAcronym(w) ? 1 : 0, isShoutWord(w) ? 1 : 0});
        }
    }

    private static String wordAt(String t, int i, int to) {
        int e = i;
        while (e < to && Character.isLetterOrDigit(t.charAt(e))) {
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
            if (Character.isLowerCase(t.charAt(k))) {
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
            if (Character.isUpperCase(c)) {
                upper++;
                letters++;
            } else if (Character.isLowerCase(c)) {
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
            Span first = firstOccurrence(best.expansion);
            if (first == null) {
                continue;
            }
            out.put(acronym, new AcronymDefinition(acronym, text.substring(first.start(), first.end()).replaceAll("\\s+", " "),
                    first, best.form));
        }
        return out;
    }

    /** The most explicit form; among equals the long form that stands most often, then the first. */
    private static Candidate choose(List<Candidate> cs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : cs) {
            counts.merge(key(c.expansion), 1, Integer::sum);
        }
        Candidate best = null;
        for (Candidate c : cs) {
            if (best == null || c.form.ordinal() < best.form.ordinal()
                    || c.form == best.form && (counts.get(key(c.expansion)) > counts.get(key(best.expansion))
                    || counts.get(key(c.expansion)).equals(counts.get(key(best.expansion))) && c.at < best.at)) {
                best = c;
            }
        }
        return best;
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
        return Words.fold(expansion).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private void explicitForms(Map<String, Integer> used, List<Candidate> out) {
        // Long Form (LF)
        Matcher m = PAREN_ACRONYM.matcher(text);
        while (m.find()) {
            String acr = m.group(1);
            if (!used.containsKey(acr)) {
                continue;
            }
            String before = textBefore(m.start(), 160);
            String exp = matchBackwards(letters(acr), before, false);
            if (exp != null && !mentionsPerson(exp)) {
                out.add(new Candidate(acr, exp, AcronymDefinition.Form.PARENTHESES, m.start()));
            }
        }
        // Long Form - LF for short
        m = FOR_SHORT.matcher(text);
        while (m.find()) {
            String acr = m.group(1);
            if (used.containsKey(acr)) {
                String exp = matchBackwards(letters(acr), textBefore(m.start(), 160), false);
                if (exp != null && !mentionsPerson(exp)) {
                    out.add(new Candidate(acr, exp, AcronymDefinition.Form.PARENTHESES, m.start()));
                }
            }
        }
        // LF (Long Form)
        m = ACRONYM_AFTER_PAREN.matcher(text);
        while (m.find()) {
            String acr = m.group(1);
            if (!used.containsKey(acr) || m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            String exp = matchForwards(letters(acr), m.group(2));
            if (exp != null && !mentionsPerson(exp)) {
                out.add(new Candidate(acr, exp, AcronymDefinition.Form.PARENTHESES, m.start(2)));
            }
        }
        // Glossary lines: "LF: Long Form", "- LF = Long Form", "LF - Long Form"
        for (Line line : lines) {
            if (!line.isNotes()) {
                continue;
            }
            Matcher g = GLOSSARY_LINE.matcher(line.content());
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
        List<String> words = Markup.words(before.replaceAll("[\"'‘’“”]", " ").replaceAll("\\s+", " "));
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        if (words.size() > maxWords) {
            words = words.subList(words.size() - maxWords, words.size());
        }
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
        String exp = cand.substring(start).strip().replaceAll("[,.;:]+$", "");
        List<String> ew = Markup.words(exp);
        if (ew.isEmpty() || ew.size() > maxWords || Words.isStop(ew.get(0))) {
            return null;
        }
        if (exp.equalsIgnoreCase(letters)) {
            return null;
        }
        return strict && !strictInitials(letters, exp) ? null : exp;
    }

    /** The long form inside "LF (Long Form)": its words, matched left to right. */
    static String matchForwards(String letters, String inside) {
        String s = inside.strip().replaceAll("^[\"'‘’“”]+|[\"'‘’“”]+$", "").replaceAll("\\s+", " ");
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
        String exp = s.replaceAll("[,.;:]+$", "");
        return strictInitials(letters, exp) || words.size() <= letters.length() ? exp : null;
    }

    /** Each letter starts a word or a capital hump, in order, and every content word gives one. */
    static boolean strictInitials(String letters, String expansion) {
        List<String> words = new ArrayList<>();
        for (String w : expansion.split("[\\s/-]+")) {
            String c = w.replaceAll("[^\\p{L}\\p{N}&]", "");
            if (!c.isEmpty()) {
                words.add(c);
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

    /** Words whose initials spell an acronym, anywhere in one line. */
    private void initials(Map<String, Integer> used, List<Candidate> out) {
        List<String> acronyms = new ArrayList<>();
        for (String a : used.keySet()) {
            String l = letters(a);
            if (l.length() >= 2 && l.length() <= 8 && a.chars().noneMatch(Character::isDigit) && l.length() == a.replace("-", "").length()) {
                acronyms.add(a);
            }
        }
        if (acronyms.isEmpty()) {
            return;
        }
        for (Line line : lines) {
            if (!line.isNotes()) {
                continue;
            }
            List<Word> words = wordsOf(line);
            for (int i = 0; i < words.size(); i++) {
                Word first = words.get(i);
                char c0 = Character.toUpperCase(first.text.charAt(0));
                if (Words.isStop(first.text) || isAcronym(first.text)) {
                    continue;
                }
                for (String a : acronyms) {
                    String l = letters(a);
                    if (l.charAt(0) != c0) {
                        continue;
                    }
                    int end = spellFrom(l, words, i);
                    if (end < 0) {
                        continue;
                    }
                    List<Word> phrase = words.subList(i, end);
                    if (Words.isStop(phrase.get(phrase.size() - 1).text)) {
                        continue;
                    }
                    String exp = text.substring(phrase.get(0).start, phrase.get(phrase.size() - 1).end);
                    if (mentionsPerson(exp)) {
                        continue;
                    }
                    boolean capitalised = true;
                    boolean allLower = true;
                    boolean looseFiller = false;
                    for (Word w : phrase) {
                        if (Words.isStop(w.text)) {
                            String f = w.text.toLowerCase(Locale.ROOT);
                            if (!TIGHT_FILLERS.contains(f)) {
                                looseFiller = true;
                            }
                            if (!FILLERS.contains(f)) {
                                capitalised = false;
                                allLower = false;
                            }
                            continue;
                        }
                        if (Character.isUpperCase(w.text.charAt(0))) {
                            allLower = false;
                        } else {
                            capitalised = false;
                        }
                    }
                    if (capitalised) {
                        out.add(new Candidate(a, exp, AcronymDefinition.Form.CAPITALISED_WORDS, phrase.get(0).start));
                    } else if (allLower && !looseFiller && lowerCaseAllowed(l, phrase)) {
                        out.add(new Candidate(a, exp, AcronymDefinition.Form.WORDS, phrase.get(0).start));
                    }
                }
            }
        }
    }

    /** Lower-case words stand in for an acronym only when each is a real word, not a filler. */
    private static boolean lowerCaseAllowed(String letters, List<Word> phrase) {
        int content = 0;
        for (Word w : phrase) {
            if (!Words.isStop(w.text)) {
                if (w.text.length() < 4) {
                    return false;
                }
                content++;
            }
        }
        return content == letters.length();
    }

    /** The index after the words from {@code i} that spell the letters, or -1. */
    private static int spellFrom(String letters, List<Word> words, int i) {
        int li = 0;
        int wi = i;
        while (li < letters.length()) {
            if (wi >= words.size()) {
                return -1;
            }
            String w = words.get(wi).text;
            if (isAcronym(w)) {
                return -1;
            }
            if (Character.toUpperCase(w.charAt(0)) == letters.charAt(li)) {
                li++;
                for (int k = 1; k < w.length() && li < letters.length(); k++) {
                    if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))
                            && w.charAt(k) == letters.charAt(li)) {
                        li++;
                    }
                }
                wi++;
            } else if (Words.isStop(w) && wi > i && li < letters.length()) {
                wi++;
            } else {
                return -1;
            }
        }
        return wi;
    }

    private List<Word> wordsOf(Line line) {
        List<Word> out = new ArrayList<>();
        String t = line.text;
        int n = t.length();
        int i = line.contentStart;
        while (i < n) {
            char c = t.charAt(i);
            if (!Character.isLetter(c)) {
                if (c == '(' || c == ')' || c == ',' || c == '.' || c == ':' || c == ';' || c == '?' || c == '!') {
                    out.add(new Word(String.valueOf(c), line.start + i, line.start + i + 1));   // a break
                }
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) {
                i++;
            }
            out.add(new Word(t.substring(s, i), line.start + s, line.start + i));
        }
        // Punctuation breaks a phrase: keep only letter words, but split the list at breaks.
        List<Word> joined = new ArrayList<>();
        for (Word w : out) {
            if (Character.isLetter(w.text.charAt(0))) {
                joined.add(w);
            } else {
                joined.add(new Word("\u0000", w.start, w.end));
            }
        }
        return joined;
    }

    private boolean mentionsPerson(String expansion) {
        for (String w : Markup.words(expansion)) {
            if (isPersonWord.test(w.replaceAll("[^\\p{L}]", ""))) {
                return true;
            }
        }
        return false;
    }

    /** Where the long form first stands in the note, across line breaks, any case. */
    private Span firstOccurrence(String expansion) {
        List<String> words = Markup.words(expansion.replaceAll("[\"'‘’“”]", " "));
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                re.append("[\\s\"'‘’“”-]+");
            }
            re.append(Pattern.quote(words.get(i)));
        }
        re.append("(?![\\p{L}\\p{N}])");
        Matcher m = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            if (inNotes(m.start())) {
                return new Span(m.start(), m.end());
            }
        }
        return null;
    }

    private boolean inNotes(int offset) {
        for (Line l : lines) {
            if (offset >= l.start && offset <= l.end) {
                return l.isNotes();
            }
        }
        return false;
    }
}
