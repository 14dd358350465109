package dev.benchproof.contract;

import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;
import java.util.List;

/**
 * Whether {@code format} is a rule or only an annotation. Draft 2020-12 makes it an annotation unless
 * the schema's metaschema enables the format-assertion vocabulary; the bundled kinds always assert.
 */
public enum FormatAssertion {
    /** Every known format is checked, whatever the metaschema says ({@code --assert-formats}). */
    ALWAYS,
    /** The specification's default: checked only where the metaschema's {@code $vocabulary} enables format-assertion. */
    AS_METASCHEMA_SAYS;

    /** The formats the validator knows how to check, in its own order; any other name is only an annotation. */
    public static List<String> knownFormats() {
        return Formats.DEFAULT.stream().map(Format::getName).toList();
    }
}
