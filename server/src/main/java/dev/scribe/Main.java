package dev.scribe;

import dev.scribe.cli.Cli;

/** Entry point: the language server over stdio, or a command line tool. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (ServerJvm.isServerCommand(args)) {
            ServerJvm.serve().ifPresent(System::exit);
        }
        System.exit(Cli.run(args, System.in, System.out, System.err));
    }
}
