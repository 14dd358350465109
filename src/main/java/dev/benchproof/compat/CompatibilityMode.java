package dev.benchproof.compat;

import java.util.Locale;

/** Which direction of set inclusion must hold between the old and the new schema. */
public enum CompatibilityMode {
    /** Every instance valid under the old schema is valid under the new one: new readers accept old data. */
    BACKWARD,
    /** Every instance valid under the new schema is valid under the old one: old readers accept new data. */
    FORWARD,
    /** Both. */
    FULL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
