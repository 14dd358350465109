package dev.benchproof.cli;

import com.networknt.schema.Schema;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.FormatAssertion;
import dev.benchproof.contract.SchemaCatalog;
import dev.benchproof.contract.Violation;
import dev.benchproof.BadInputException;
import dev.benchproof.io.CanonicalJsonWriter;
import dev.benchproof.io.StrictJsonReader;
import dev.benchproof.model.v1.FileValidation;
import dev.benchproof.model.v1.OutputUnit;
import dev.benchproof.model.v1.ValidationReport;
import dev.benchproof.output.CiFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Schema-conformance check of artifacts, or of any JSON document against any draft 2020-12 schema. */
@Command(name = "validate",
        description = "Validate artifacts against the bundled schemas (chosen by each file's $schema, or --kind),"
                + " or any JSON against a draft 2020-12 schema (--schema). Directories are walked for *.json.")
final class ValidateCommand extends BaseCommand {

    enum Format { text, json, github, junit, sarif }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or directories to validate.")
    List<Path> paths;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Validate every file as this kind: ${COMPLETION-CANDIDATES}.",
            completionCandidates = KindNames.class)
    String kind;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "Validate against this draft 2020-12 schema instead; its $refs may name bundled $ids.")
    Path schemaFile;

    @Option(names = "--assert-formats", completionCandidates = KnownFormats.class,
            description = "With --schema: check every known format (${COMPLETION-CANDIDATES}) as a rule. Without it,"
                    + " format is only an annotation, as draft 2020-12 says, unless the schema's metaschema enables the"
                    + " format-assertion vocabulary. The bundled kinds always check their formats.")
    boolean assertFormats;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text; json: one document in the shape of the JSON Schema basic output; github: workflow-command"
                    + " annotations, one per error, and a summary; junit: JUnit XML, one testcase per file, one failure"
                    + " per error; sarif: SARIF 2.1.0 (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected int execute(PrintWriter out) {
        FileValidator validator = validator();
        List<FileValidator.Result> results = BatchValidator.validateAll(validator::validate, JsonFiles.expand(paths));
        switch (format) {
            case json -> out.print(CanonicalJsonWriter.toJson(report(results)));
            case github -> out.print(CiFormat.GITHUB.render(ValidationReports.of(results)));
            case junit -> out.print(CiFormat.JUNIT.render(ValidationReports.of(results)));
            case sarif -> out.print(CiFormat.SARIF.render(ValidationReports.of(results)));
            case text -> results.forEach(result -> printText(out, result));
        }
        boolean unreadable = results.stream().anyMatch(r -> !r.readable());
        boolean invalid = results.stream().anyMatch(r -> !r.valid());
        if (unreadable) {
            spec.commandLine().getErr().println("benchproof validate: error: "
                    + results.stream().filter(r -> !r.readable()).findFirst().orElseThrow().errors().get(0).message());
        }
        return unreadable ? ExitCodes.BAD_INPUT : invalid ? ExitCodes.GATE_FAILED : ExitCodes.OK;
    }

    private FileValidator validator() {
        if (kind != null && schemaFile != null) {
            throw new BadInputException("--kind and --schema exclude each other");
        }
        if (schemaFile != null) {
            Schema schema = SchemaCatalog.bundled().compile(StrictJsonReader.DEFAULT.readTree(schemaFile),
                    schemaFile.toString(), schemaFile.toAbsolutePath().normalize().toUri(), assertFormats ? FormatAssertion.ALWAYS : FormatAssertion.AS_METASCHEMA_SAYS);
            return new FileValidator(Optional.empty(), Optional.of(schema), schemaFile.toString());
        }
        if (kind != null) {
            ArtifactKind forced = ArtifactKind.fromName(kind).orElseThrow(() -> new BadInputException(
                    "--kind must be one of " + String.join(", ", FileValidator.kindsByName().keySet())
                            + ", found '" + kind + "'"));
            return new FileValidator(Optional.of(forced), Optional.empty(), forced.schemaId());
        }
        return FileValidator.byDeclaredKind();
    }

    private static void printText(PrintWriter out, FileValidator.Result result) {
        String label = result.bundled().map(ref -> " (" + ref.kind().kindName() + " " + ref.version() + ")").orElse("");
        if (result.valid()) {
            out.println("ok " + result.path() + label);
            return;
        }
        out.println((result.readable() ? "invalid " : "error ") + result.path() + label);
        for (Violation violation : result.errors()) {
            out.println("  " + (result.readable() ? violation.render() : violation.message()));
        }
    }

    private static ValidationReport report(List<FileValidator.Result> results) {
        List<FileValidation> files = new ArrayList<>();
        for (FileValidator.Result result : results) {
            FileValidation file = new FileValidation()
                    .withPath(result.path().toString())
                    .withValid(result.valid())
                    .withErrors(result.errors().stream().map(v -> new OutputUnit()
                            .withInstanceLocation(v.instanceLocation())
                            .withKeywordLocation(v.keywordLocation())
                            .withError(v.message())).toList());
            result.kind().ifPresent(k -> file.setKind(k.kindName()));
            file.setSchema(result.schemaId());
            files.add(file);
        }
        return new ValidationReport()
                .with$schema(ArtifactKind.VALIDATION_REPORT.schemaId())
                .withValid(results.stream().allMatch(FileValidator.Result::valid))
                .withFiles(files);
    }

    /** Completion candidates and help text for --kind. */
    static final class KindNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        KindNames() {
            super(FileValidator.kindsByName().keySet());
        }
    }

    /** The format names --assert-formats checks, shown in its help (picocli expands completion candidates there). */
    static final class KnownFormats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        KnownFormats() {
            super(FormatAssertion.knownFormats());
        }
    }
}
