package dev.benchproof.cli;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.SchemaCatalog;
import dev.benchproof.contract.SchemaRef;
import dev.benchproof.contract.SchemaVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code benchproof --version}: the build's version and git commit (baked in by Maven from
 * build-info.properties; "unknown" when built outside a git checkout) and the bundled schema versions.
 */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "build-info.properties";

    @Override
    public String[] getVersion() {
        Properties build = buildInfo();
        List<String> lines = new ArrayList<>();
        lines.add("benchproof " + build.getProperty("version", "unknown"));
        lines.add("commit " + build.getProperty("commit", "unknown"));
        // The bundled files, in the catalog's order, found without compiling anything: --version stays fast.
        for (SchemaVersion version : SchemaVersion.values()) {
            for (ArtifactKind kind : ArtifactKind.values()) {
                SchemaRef ref = new SchemaRef(kind, version);
                if (VersionProvider.class.getClassLoader().getResource(ref.resource()) != null) {
                    lines.add("schema " + kind.kindName() + " v" + version.number() + " " + ref.id());
                }
            }
            lines.add("schema defs v" + version.number() + " " + version.idPrefix() + SchemaCatalog.DEFS_FILE);
        }
        return lines.toArray(String[]::new);
    }

    static Properties buildInfo() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // an unfiltered placeholder means the build had no value for it
        properties.replaceAll((k, v) -> v.toString().startsWith("${") ? "unknown" : v);
        return properties;
    }
}
