package dev.scribe.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Which files of a folder are notes, and reading them safely: globs decide, version-control and
 * build folders and hidden folders are skipped, files over the size limit and binary files are
 * left out with a line in the log, invalid UTF-8 is decoded with replacement characters.
 */
public final class NoteFiles {
    private static final Logger LOG = Logger.getLogger(NoteFiles.class.getName());
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", ".hg", ".svn", "build",
            "dist", ".idea", ".vscode");

    private final List<PathMatcher> include = new ArrayList<>();
    private final List<PathMatcher> exclude = new ArrayList<>();
    private final long maxSize;

    public NoteFiles(List<String> includeGlobs, List<String> excludeGlobs, long maxSize) {
        for (String g : includeGlobs) {
            addGlob(include, g);
        }
        for (String g : excludeGlobs) {
            addGlob(exclude, g);
        }
        this.maxSize = maxSize;
    }

    private static void addGlob(List<PathMatcher> into, String glob) {
        try {
            into.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            // "**/*.md" should also match "a.md" at the top of the folder.
            if (glob.startsWith("**/")) {
                into.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        } catch (IllegalArgumentException e) {
            LOG.warning("ignoring a bad glob '" + glob + "': " + e.getMessage());
        }
    }

    /**
     * Is this note the workspace glossary: its file name, before the extension, is the
     * configured name ("glossary.md", "Glossary.txt")?
     */
    public static boolean isGlossary(String uri, String glossaryName) {
        String name = glossaryName == null || glossaryName.isBlank() ? "glossary" : glossaryName;
        String file = NoteSummary.fileName(uri);   // decoded: "team%20glossary.md" is "team glossary.md"
        int dot = file.indexOf('.');
        return (dot < 0 ? file : file.substring(0, dot)).equalsIgnoreCase(name);
    }

    public long maxSize() {
        return maxSize;
    }

    /** Is the file at {@code rel} (relative to its workspace folder) a note by the globs? */
    public boolean matches(Path rel) {
        for (Path p = rel; p != null && p.getParent() != null; p = p.getParent()) {
            String dir = p.getParent().getFileName() == null ? "" : p.getParent().getFileName().toString();
            if (SKIPPED_FOLDERS.contains(dir) || dir.startsWith(".")) {
                return false;
            }
        }
        boolean in = false;
        for (PathMatcher m : include) {
            if (m.matches(rel)) {
                in = true;
                break;
            }
        }
        if (!in) {
            return false;
        }
        for (PathMatcher m : exclude) {
            if (m.matches(rel)) {
                return false;
            }
        }
        return true;
    }

    /** A notes file and what its directory entry says: the cache's test of whether it changed. */
    public record Found(Path path, long size, long modified) {
    }

    /**
     * The notes files under a folder. Never follows links out of loops; stops after
     * {@code limit} files with a line in the log.
     */
    public List<Found> find(Path root, int limit) {
        List<Found> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (SKIPPED_FOLDERS.contains(name) || name.startsWith("."))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && matches(root.relativize(file))) {
                        if (attrs.size() > maxSize) {
                            LOG.info("skipping " + file + ": " + attrs.size() / 1024 + " KB is over the "
                                    + maxSize / 1024 + " KB limit (scribe.files.maxSizeKb)");
                        } else {
                            out.add(new Found(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                            if (out.size() >= limit) {
                                LOG.warning("stopped looking for notes under " + root + " after " + limit + " files");
                                return FileVisitResult.TERMINATE;
                            }
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.info("cannot read " + file + ": " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warning("cannot list " + root + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * The text of a note, or null (with a line in the log) when it cannot be read, is too big, or
     * is binary. Invalid UTF-8 is replaced, not refused.
     */
    public String read(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxSize) {
                LOG.info("skipping " + file + ": over the size limit");
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            int probe = Math.min(bytes.length, 8192);
            for (int i = 0; i < probe; i++) {
                if (bytes[i] == 0) {
                    LOG.info("skipping " + file + ": looks like a binary file");
                    return null;
                }
            }
            return decode(bytes);
        } catch (IOException | SecurityException e) {
            LOG.info("cannot read " + file + ": " + e.getMessage());
            return null;
        }
    }

    /** UTF-8, with U+FFFD for bytes that are not, and without a byte-order mark. */
    public static String decode(byte[] bytes) {
        // The String constructor replaces malformed input just as a decoder set to REPLACE does
        // (checked on random bytes), without a char buffer in between: a quarter faster.
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
