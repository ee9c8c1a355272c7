package dev.scribe.cli;

import dev.scribe.lsp.LanguageServerMain;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command line: with no argument (or {@code --stdio}) the language server over stdin and
 * stdout; {@code check PATH...} lints notes; {@code outline FILE} prints a note's outline.
 */
public final class Cli {
    private Cli() {
    }

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: scribe [--stdio]                          run the language server on stdin/stdout",
            "       scribe check [--format text|json] PATH... lint notes (files or folders)",
            "       scribe outline FILE                       print a note's outline",
            "       scribe --version | --help");

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args.length == 1 && args[0].equals("--stdio")) {
            return LanguageServerMain.serve(in, out, err);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "check":
                return CheckCommand.run(rest, out, err);
            case "outline":
                return OutlineCommand.run(rest, out, err);
            case "dump":
                return OutlineCommand.dump(rest, out, err);
            case "--version":
            case "-V":
                out.println("scribe " + LanguageServerMain.version());
                return 0;
            case "--help":
            case "-h":
                out.println(USAGE);
                return 0;
            default:
                err.println("scribe: unknown command '" + args[0] + "'");
                err.println(USAGE);
                return 2;
        }
    }
}
