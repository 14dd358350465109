package dev.benchproof.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every subcommand: output goes through picocli's writers only (so tests can capture it),
 * and the exit status is what {@link #execute} returns.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return execute(spec.commandLine().getOut());
    }

    protected abstract int execute(PrintWriter out) throws Exception;
}
