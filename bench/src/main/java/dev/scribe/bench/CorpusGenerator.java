package dev.scribe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a deterministic workspace of synthetic meeting notes, shaped like the ones of
 * shared/tools/gen_corpus.py (title, date, participants, agenda, topic sections with speaker
 * turns in three styles, attributed and unattributed questions, acronyms spelled out inline or in
 * a glossary, links to earlier notes, URLs with '?', code fences, non-ASCII names and emoji), but
 * in Java so that the benchmark needs nothing beyond a JDK.
 *
 * <p>The same (seed, index) always gives the same note whatever the count, since each note has
 * its own {@link Random} (whose algorithm the JDK specifies, so the text is the same on every JVM).
 */
final class CorpusGenerator {
    private static final String[][] PEOPLE = {
        {"Alex", "Rivera"}, {"Arnd", "Kowalski"}, {"Vincent", "Moreau"}, {"Mathieu", "Lefèvre"},
        {"Priya", "Raman"}, {"Jörg", "Lindqvist"}, {"Zoë", "Marchetti"}, {"Renée", "Dubois"},
        {"Søren", "Holm"}, {"Ana", "Núñez"}, {"Li", "Wei"}, {"Kenji", "Sato"}, {"Fatima", "Haddad"},
        {"Oliver", "Grant"}, {"Ilias", "Petrakis"}, {"Bill", "Mercer"}, {"Ruchika", "Das"},
        {"Joakim", "Berg"}, {"Trilok", "Menon"}, {"Bogdan", "Vlad"}, {"Stefano", "Conti"},
        {"Jürgen", "Groß"}, {"Marta", "Nowak"}, {"Peter", "Hughes"}, {"Daniel", "Okafor"},
        {"Chen", "Jing"}, {"Emma", "Lund"}, {"Hugo", "Martins"}, {"Nadia", "Romero"}, {"Tomás", "Silva"},
    };
    private static final String[] ORGS = {"Linaro", "Arm", "Red Hat", "SUSE", "AMD", "Intel", "Google", "QC", "NXP",
        "independent"};
    private static final String[] PROJECTS = {"Stratos", "Orion", "Kestrel", "Hydra", "Lumen", "Coconut", "Nimbus",
        "Tundra"};
    private static final String[] TOPICS = {
        "Crypto support", "Launch protocol", "Boot flow", "Release planning", "CI pipeline", "Memory tagging",
        "Device passthrough", "Virtio GPU", "Documentation", "Security review", "Firmware updates",
        "Performance numbers", "Upstreaming status", "Test coverage", "Attestation", "Power management",
        "Interrupt routing", "Build system", "Roadmap", "Open issues", "Hypervisor interface", "Guest tooling",
        "Storage backend", "Networking",
    };
    private static final String[][] ACRONYMS = {
        {"LCM", "Launch Control Module"}, {"IGVM", "Independent Guest Virtual Machine"},
        {"SVSM", "Secure VM Service Module"}, {"TPM", "Trusted Platform Module"},
        {"DRTM", "Dynamic Root of Trust for Measurement"}, {"PVH", "Para Virtualized Hardware"},
        {"MMIO", "Memory Mapped Input Output"}, {"IOMMU", "Input Output Memory Management Unit"},
        {"ABI", "Application Binary Interface"}, {"SCMI", "System Control and Management Interface"},
        {"KVM", "Kernel Virtual Machine"}, {"SBOM", "Software Bill Of Materials"}, {"OTA", "Over The Air"},
        {"ECC", "Error Correcting Code"}, {"DMA", "Direct Memory Access"}, {"GIC", "Generic Interrupt Controller"},
        {"SMMU", "System Memory Management Unit"}, {"VMM", "Virtual Machine Monitor"},
        {"RNG", "Random Number Generator"}, {"FDT", "Flattened Device Tree"},
        {"PSCI", "Power State Coordination Interface"}, {"TEE", "Trusted Execution Environment"},
    };
    private static final String[] STATEMENTS = {
        "we agreed to move %1$s to the next release", "the %2$s patches are in review and look close to done",
        "needs more testing on real hardware before we merge", "posted a new version of the series last week",
        "the %2$s work is blocked on the firmware side",
        "will write up a proposal for %1$s and send it to the list",
        "%3$s CI is green again after the toolchain bump", "the prototype boots but the numbers are still rough",
        "there is a draft spec for %1$s, comments welcome", "nobody objected to keeping the old interface for now",
        "the %2$s backend works with two guests at the same time", "we should keep %1$s out of the first milestone",
        "reviews are taking a long time, more reviewers would help",
        "talked to the maintainers and they are fine with the approach",
        "the %2$s change needs an update to the documentation",
    };
    private static final String[] QUESTIONS = {
        "do we need a C version of the %2$s backend", "is anyone looking at %1$s this cycle",
        "when is the next %3$s release planned", "can we reuse the %2$s code for the second platform",
        "who owns the %1$s work now", "does the %2$s support need changes in the guest",
        "should we ask the list about %1$s", "is there a test plan for the %2$s changes",
        "how much memory does the %2$s path use", "what happens if the firmware does not support it",
    };
    private static final String[] AGENDA_QUESTIONS = {"Is %s ready for review", "Do we still need %s",
        "Who takes over %s"};
    private static final String[] EMOJI = {"👍", "🚀", "✅", "🙂"};
    private static final LocalDate FIRST_MEETING = LocalDate.of(2020, 1, 6);

    enum Format { MD, TXT, MIXED }

    record Note(String path, String text) {
    }

    private final long seed;
    private final Format format;
    private final int subdirs;
    private final int minLines;
    private final int maxLines;

    CorpusGenerator(long seed, Format format, int subdirs, int minLines, int maxLines) {
        if (minLines < 20 || maxLines < minLines) {
            throw new IllegalArgumentException("need 20 <= min lines <= max lines");
        }
        this.seed = seed;
        this.format = format;
        this.subdirs = subdirs;
        this.minLines = minLines;
        this.maxLines = maxLines;
    }

    /** Writes notes 0..count-1 under {@code out}; returns their total size in bytes. */
    long write(Path out, int count) throws IOException {
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Note note = note(i);
            Path file = out.resolve(note.path());
            Files.createDirectories(file.getParent());
            byte[] data = note.text().getBytes(StandardCharsets.UTF_8);
            Files.write(file, data);
            bytes += data.length;
        }
        return bytes;
    }

    private Random random(int index) {
        return new Random(seed * 1_000_003L + index);
    }

    private boolean markdown(int index) {
        return format == Format.MIXED ? index % 3 != 0 : format == Format.MD;
    }

    /** The workspace-relative path of note {@code index}, without writing it. */
    String path(int index) {
        String project = PROJECTS[random(index).nextInt(PROJECTS.length)];
        String folder = subdirs > 0 ? String.format("team-%02d/", index % subdirs) : "";
        return String.format("%s%s-sync-%05d.%s", folder, project.toLowerCase(), index, markdown(index) ? "md" : "txt");
    }

    Note note(int index) {
        Random rng = random(index);
        boolean md = markdown(index);
        String project = PROJECTS[rng.nextInt(PROJECTS.length)];   // the same first draw as path()
        String rel = path(index);
        LocalDate date = FIRST_MEETING.plusDays(7L * index + rng.nextInt(5));
        int target = minLines + rng.nextInt(maxLines - minLines + 1);
        List<String> lines = new ArrayList<>(target + 16);

        List<String[]> people = sample(rng, List.of(PEOPLE), 4 + rng.nextInt(6));
        List<String> topics = sample(rng, List.of(TOPICS), 3 + rng.nextInt(4));
        List<String[]> acronyms = sample(rng, List.of(ACRONYMS), 3 + rng.nextInt(5));
        Set<String> defined = new HashSet<>();
        for (String[] a : acronyms) {
            if (rng.nextDouble() < 0.6) {
                defined.add(a[0]);
            }
        }
        boolean glossary = md && rng.nextDouble() < 0.3;
        Set<String> toDefineInline = glossary ? new HashSet<>() : new HashSet<>(defined);

        lines.add(heading(md, 1, project + " sync " + date));
        lines.add("");
        lines.add("Date: " + month(date) + " " + date.getDayOfMonth() + ", " + date.getYear());
        lines.add("");
        lines.add(heading(md, 2, "Participants"));
        for (String[] p : people) {
            String name = p[0] + " " + p[1];
            String org = ORGS[rng.nextInt(ORGS.length)];
            double style = rng.nextDouble();
            String shown = style < 0.4 ? name + " (" + org + ")" : style < 0.5 ? name + " [" + org.toLowerCase() + "]" : name;
            lines.add(md ? "- " + shown : shown);
        }
        lines.add("");
        lines.add(heading(md, 2, "Agenda"));
        for (int k = 0; k < topics.size(); k++) {
            String item = rng.nextDouble() < 0.25
                    ? String.format(AGENDA_QUESTIONS[rng.nextInt(AGENDA_QUESTIONS.length)], topics.get(k).toLowerCase()) + "?"
                    : topics.get(k);
            lines.add(md ? (k + 1) + ". " + item : item);
        }
        lines.add("");

        // Topic sections of speaker turns until the note is long enough.
        for (int t = 0; lines.size() < target - 8 || t < topics.size(); t++) {
            String topic = topics.get(t % topics.size());
            lines.add(heading(md, 2, t < topics.size() ? topic : topic + " (continued)"));
            int turns = 4 + rng.nextInt(9);
            for (int k = 0; k < turns; k++) {
                String[] acronym = acronyms.get(rng.nextInt(acronyms.size()));
                String[] person = people.get(rng.nextInt(people.size()));
                String who = rng.nextDouble() < 0.8 ? person[0] : person[0] + " " + person[1];
                lines.addAll(turn(rng, md, index, rel, who, topic, acronym, project, toDefineInline));
            }
            lines.add("");
        }

        lines.add(heading(md, 2, "Action items"));
        int actions = 2 + rng.nextInt(3);
        for (int k = 0; k < actions; k++) {
            String who = people.get(rng.nextInt(people.size()))[0];
            lines.add("- [ ] " + who + " to follow up on " + topics.get(rng.nextInt(topics.size())).toLowerCase());
        }
        if (glossary) {
            lines.add("");
            lines.add(heading(md, 2, "Glossary"));
            for (String[] a : acronyms) {
                if (defined.contains(a[0])) {
                    lines.add("- " + a[0] + ": " + a[1]);
                }
            }
        }
        return new Note(rel, String.join("\n", lines) + "\n");
    }

    /** One line of a topic section (three for a code fence). */
    private List<String> turn(Random rng, boolean md, int index, String rel, String who, String topic, String[] acronym,
                              String project, Set<String> toDefineInline) {
        String acr = acronym[0];
        if (toDefineInline.remove(acr)) {
            // Spell the acronym out once, in one of the usual forms.
            String body = switch (rng.nextInt(3)) {
                case 0 -> acronym[1] + " (" + acr + ")";
                case 1 -> acr + " (" + acronym[1] + ")";
                default -> acronym[1] + " - " + acr + " for short";
            };
            return List.of(who + ": we looked at the " + body + " design");
        }
        double roll = rng.nextDouble();
        String subject = topic.toLowerCase();
        if (roll < 0.45) {
            String text = String.format(STATEMENTS[rng.nextInt(STATEMENTS.length)], subject, acr, project);
            if (rng.nextDouble() < 0.08) {
                text = EMOJI[rng.nextInt(EMOJI.length)] + " " + text;
            }
            double style = rng.nextDouble();
            String prefix = style < 0.7 ? who + ": " : style < 0.85 ? "- " + who + ": " : who + " - ";
            return List.of(prefix + capitalize(text) + ".");
        }
        if (roll < 0.65) {
            return List.of(who + ": " + capitalize(String.format(QUESTIONS[rng.nextInt(QUESTIONS.length)], subject, acr,
                    project)) + "?");
        }
        if (roll < 0.80) {
            return List.of(capitalize(String.format(QUESTIONS[rng.nextInt(QUESTIONS.length)], subject, acr, project)) + "?");
        }
        if (roll < 0.88 && md) {
            if (index == 0) {
                return List.of("See the [agenda](#agenda) for background.");
            }
            String earlier = path(rng.nextInt(index));
            String link = relative(rel, earlier) + (earlier.endsWith(".md") ? "#agenda" : "");
            return List.of("See the [notes of an earlier sync](" + link + ") and the [agenda](#agenda) for background.");
        }
        if (roll < 0.94) {
            return List.of("Tracker: https://tracker.example.org/issues?project=" + project.toLowerCase() + "&id="
                    + (100 + rng.nextInt(9900)) + " (" + acr + " follow-up)");
        }
        if (md && roll < 0.97) {
            return List.of("```", "$ make " + project.toLowerCase() + "-test TARGET=" + acr.toLowerCase(), "```");
        }
        return List.of("  continuing: " + String.format(STATEMENTS[rng.nextInt(STATEMENTS.length)], subject, acr, project)
                + ".");
    }

    private static <T> List<T> sample(Random rng, List<T> from, int k) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, rng);
        return List.copyOf(copy.subList(0, k));
    }

    private static String heading(boolean md, int level, String title) {
        return md ? "#".repeat(level) + " " + title : title;
    }

    private static String month(LocalDate date) {
        String m = date.getMonth().toString();
        return m.charAt(0) + m.substring(1).toLowerCase();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The link from the note at {@code from} to the note at {@code to}, both workspace-relative. */
    private static String relative(String from, String to) {
        Path parent = Path.of(from).getParent();
        return parent == null ? to : parent.relativize(Path.of(to)).toString().replace('\\', '/');
    }
}
