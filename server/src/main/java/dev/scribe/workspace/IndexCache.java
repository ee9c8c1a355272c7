package dev.scribe.workspace;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.Section;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The index on disk, so that a restart on an unchanged folder reads summaries instead of
 * parsing every note again. One file per workspace folder under the user's cache folder (never
 * inside the notes): each note's path, size and modification time, and its summary. A note
 * whose size or time changed is parsed again; a cache written by another version is ignored.
 */
public final class IndexCache {
    private static final Logger LOG = Logger.getLogger(IndexCache.class.getName());
    /** Bump when the summary's layout changes: older caches are then ignored. */
    static final int FORMAT = 5;
    /**
     * Which build of Scribe wrote a cache: another build's parser may read the same notes
     * differently, so its cache is ignored too.
     */
    static final long BUILD = build();

    /** Which build of Scribe is running (the size and time of its jar): what it writes fits only it. */
    public static long buildStamp() {
        return BUILD;
    }

    /** A cached note: its file's path, size and time when it was read, and its summary. */
    public record Entry(String path, long size, long modified, NoteSummary summary) {
    }

    private final Path file;

    private IndexCache(Path file) {
        this.file = file;
    }

    /** The cache of a workspace folder, in the user's cache folder. */
    public static IndexCache forFolder(Path root, String settingsKey) {
        return new IndexCache(cacheRoot().resolve("index-" + hash(root.toAbsolutePath().normalize() + "\n" + settingsKey) + ".bin"));
    }

    /** For tests: a cache at a given file. */
    public static IndexCache at(Path file) {
        return new IndexCache(file);
    }

    public Path file() {
        return file;
    }

    /** $XDG_CACHE_HOME/scribe, ~/Library/Caches/scribe, %LOCALAPPDATA%\scribe\cache, or ~/.cache/scribe. */
    public static Path cacheRoot() {
        String forced = System.getProperty("scribe.cache.dir");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);   // for tests and for users who want it elsewhere
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home", ".");
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "scribe", "cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "scribe");
        }
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "scribe") : Path.of(home, ".cache", "scribe");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(s.hashCode());
        }
    }

    /** The size and time of the jar (or classes folder) Scribe runs from. */
    private static long build() {
        try {
            Path code = Path.of(IndexCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(code) * 31 + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception | Error e) {
            return 0;
        }
    }

    /** The cached notes by path; empty when there is no usable cache. */
    public Map<String, Entry> load() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            // One read of the whole file, then decoding from memory: much faster than a stream.
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getInt() != FORMAT || in.getLong() != BUILD) {
                return Map.of();
            }
            String[] words = new String[in.getInt()];
            Reader r = new Reader(in, words);
            for (int i = 0; i < words.length; i++) {
                words[i] = NoteSummary.shared(r.string());
            }
            int notes = in.getInt();
            Map<String, Entry> out = new HashMap<>(notes * 2);
            for (int i = 0; i < notes; i++) {
                String path = r.string();
                long size = in.getLong();
                long modified = in.getLong();
                out.put(path, new Entry(path, size, modified, r.summary()));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            LOG.info("ignoring the index cache " + file + ": " + e);
            return Map.of();
        }
    }

    /** Writes the cache: to a temporary file first, then moved in place, so a crash leaves no half cache. */
    public void save(List<Entry> entries) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Writer w = new Writer();
            for (Entry e : entries) {
                w.collect(e.summary());
            }
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(FORMAT);
                out.writeLong(BUILD);
                out.writeInt(w.words.size());
                for (String s : w.words) {
                    Writer.string(out, s);
                }
                out.writeInt(entries.size());
                for (Entry e : entries) {
                    Writer.string(out, e.path());
                    out.writeLong(e.size());
                    out.writeLong(e.modified());
                    w.summary(out, e.summary());
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("could not write the index cache " + file + ": " + e);
        }
    }

    /** Writes summaries; strings go into one table and are written as their number in it. */
    private static final class Writer {
        final List<String> words = new ArrayList<>();
        final Map<String, Integer> numbers = new HashMap<>();

        void collect(NoteSummary s) {
            word(s.uri());
            word(s.title());
            for (NoteSummary.PersonEntry p : s.people()) {
                word(p.name());
                word(p.lastWords());
            }
            for (String a : s.acronyms()) {
                word(a);
            }
            for (NoteSummary.Definition d : s.definitions().values()) {
                word(d.acronym());
                word(d.expansion());
            }
            for (NoteSummary.Topic t : s.topics()) {
                word(t.title());
                word(t.key());
            }
            for (NoteSummary.Action a : s.actions()) {
                word(a.text());
                word(a.owner());
            }
        }

        private void word(String s) {
            String k = s == null ? "\u0000" : s;
            if (!numbers.containsKey(k)) {
                numbers.put(k, words.size());
                words.add(k);
            }
        }

        private void ref(DataOutputStream out, String s) throws IOException {
            out.writeInt(numbers.get(s == null ? "\u0000" : s));
        }

        void summary(DataOutputStream out, NoteSummary s) throws IOException {
            ref(out, s.uri());
            ref(out, s.title());
            out.writeLong(s.titleAt());
            out.writeLong(s.date() == null ? Long.MIN_VALUE : s.date().toEpochDay());
            out.writeBoolean(s.isGlossary());
            out.writeInt(s.people().size());
            for (NoteSummary.PersonEntry p : s.people()) {
                ref(out, p.name());
                out.writeInt(p.turns());
                out.writeBoolean(p.participant());
                longs(out, p.packedMentions());
                ref(out, p.lastWords());
            }
            out.writeInt(s.acronyms().size());
            for (String a : s.acronyms()) {
                ref(out, a);
                longs(out, s.packedUses(a));
            }
            out.writeInt(s.definitions().size());
            for (NoteSummary.Definition d : s.definitions().values()) {
                ref(out, d.acronym());
                ref(out, d.expansion());
                NoteSummary.Loc l = d.loc();
                out.writeInt(l.line());
                out.writeInt(l.column());
                out.writeInt(l.endLine());
                out.writeInt(l.endColumn());
                out.writeByte(d.form().ordinal());
            }
            out.writeInt(s.topics().size());
            for (NoteSummary.Topic t : s.topics()) {
                ref(out, t.title());
                ref(out, t.key());
                out.writeLong(t.at());
                out.writeInt(t.level());
                out.writeByte(t.role().ordinal());
            }
            out.writeInt(s.actions().size());
            for (NoteSummary.Action a : s.actions()) {
                ref(out, a.text());
                ref(out, a.owner());
                out.writeLong(a.at());
            }
        }

        /** A string written in place, not in the table: each path is written once. */
        static void string(DataOutputStream out, String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        private static void longs(DataOutputStream out, long[] values) throws IOException {
            out.writeInt(values.length);
            for (long v : values) {
                out.writeLong(v);
            }
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static final class Reader {
        final ByteBuffer in;
        final String[] words;

        Reader(ByteBuffer in, String[] words) {
            this.in = in;
            this.words = words;
        }

        String string() {
            int len = in.getInt();
            String s = new String(in.array(), in.position(), len, StandardCharsets.UTF_8);
            in.position(in.position() + len);
            return s;
        }

        private String ref() {
            String s = words[in.getInt()];
            return s.equals("\u0000") ? null : s;
        }

        private long[] longs() {
            long[] v = new long[in.getInt()];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.getLong();
            }
            return v;
        }

        NoteSummary summary() {
            String uri = ref();
            String title = ref();
            long titleAt = in.getLong();
            long day = in.getLong();
            LocalDate date = day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
            boolean glossary = in.get() != 0;
            List<NoteSummary.PersonEntry> people = new ArrayList<>();
            for (int i = in.getInt(); i > 0; i--) {
                String name = ref();
                int turns = in.getInt();
                boolean participant = in.get() != 0;
                people.add(new NoteSummary.PersonEntry(name, turns, participant, longs(), ref()));
            }
            Map<String, long[]> uses = new HashMap<>();
            for (int i = in.getInt(); i > 0; i--) {
                uses.put(ref(), longs());
            }
            Map<String, NoteSummary.Definition> defs = new HashMap<>();
            for (int i = in.getInt(); i > 0; i--) {
                String acronym = ref();
                String expansion = ref();
                NoteSummary.Loc loc = new NoteSummary.Loc(in.getInt(), in.getInt(), in.getInt(), in.getInt());
                defs.put(acronym, new NoteSummary.Definition(acronym, expansion, loc, AcronymDefinition.Form.values()[in.get()]));
            }
            List<NoteSummary.Topic> topics = new ArrayList<>();
            for (int i = in.getInt(); i > 0; i--) {
                topics.add(new NoteSummary.Topic(ref(), ref(), in.getLong(), in.getInt(), Section.Role.values()[in.get()]));
            }
            List<NoteSummary.Action> actions = new ArrayList<>();
            for (int i = in.getInt(); i > 0; i--) {
                actions.add(new NoteSummary.Action(ref(), ref(), in.getLong()));
            }
            return new NoteSummary(uri, title, titleAt, date, glossary, people, uses, defs, topics, actions);
        }
    }
}
