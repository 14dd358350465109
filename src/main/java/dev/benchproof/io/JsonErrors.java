package dev.benchproof.io;

import dev.benchproof.BadInputException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns Jackson's parse failures into our one-line {@code file:line:col: rule} messages.
 *
 * <p>Jackson's texts name its own feature flags and classes, which mean nothing to a user of the
 * CLI. The only way to tell its syntax errors apart is their text, so this class matches on it;
 * {@code StrictJsonReaderTest} pins every rule, so a Jackson upgrade that rewords one fails there
 * rather than in front of a user.
 */
final class JsonErrors {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern IN_NUMBER = Pattern.compile("in numeric value: ([^:]*)");
    private static final Pattern CONTROL_CHAR = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern BAD_ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");
    private static final int MAX_ECHO = 40;

    private JsonErrors() {
    }

    /** A located message: {@code source:line:col: rule}, or {@code source: rule} with no position. */
    static String at(String source, TokenStreamLocation location, String rule) {
        if (location == null || location.getLineNr() < 1) {
            return source + ": " + rule;
        }
        return source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": " + rule;
    }

    static BadInputException translate(String source, JacksonException e, JsonParser parser, StrictJsonReader.Limits limits) {
        Utf8CheckingInputStream.MalformedUtf8Exception utf8 = findUtf8Cause(e);
        if (utf8 != null) {
            return new BadInputException(source + ":" + utf8.line + ":" + utf8.column + ": " + utf8.rule, e);
        }
        if (e instanceof StreamConstraintsException) {
            // Limits describe the whole document; the brief's format names no position for them.
            return new BadInputException(source + ": " + limitRule(e.getOriginalMessage(), limits), e);
        }
        return new BadInputException(at(source, location(e, parser), syntaxRule(e, parser)), e);
    }

    /** True unless the failure is a size limit or malformed UTF-8, which keep their own message. */
    static boolean isSyntaxError(JacksonException e) {
        return !(e instanceof StreamConstraintsException) && findUtf8Cause(e) == null;
    }

    static TokenStreamLocation location(JacksonException e, JsonParser parser) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return e.getLocation();
        }
        return parser == null ? null : parser.currentLocation();
    }

    private static Utf8CheckingInputStream.MalformedUtf8Exception findUtf8Cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Utf8CheckingInputStream.MalformedUtf8Exception m) {
                return m;
            }
        }
        return null;
    }

    private static String limitRule(String message, StrictJsonReader.Limits limits) {
        String m = message == null ? "" : message;
        if (m.startsWith("Document nesting depth")) {
            return "nesting depth exceeds " + limits.maxNestingDepth();
        }
        if (m.startsWith("Number value length")) {
            return "number longer than " + limits.maxNumberLength() + " characters";
        }
        if (m.startsWith("String value length")) {
            return "string longer than " + limits.maxStringLength() + " characters";
        }
        if (m.startsWith("Document length")) {
            return "document exceeds the limit of " + limits.maxDocumentBytes() + " bytes";
        }
        if (m.startsWith("Name length")) {
            return "property name too long";
        }
        return "document exceeds a size limit";
    }

    private static String syntaxRule(JacksonException e, JsonParser parser) {
        String m = firstLine(e.getOriginalMessage());
        Matcher x;
        if ((x = DUPLICATE.matcher(m)).find()) {
            return "duplicate key \"" + echo(x.group(1)) + "\"";
        }
        if ((x = NON_STANDARD.matcher(m)).find()) {
            String token = x.group(1).replaceFirst("^[+-]", "");
            return (token.equals("NaN") ? "NaN" : "Infinity") + " is not allowed (JSON numbers must be finite)";
        }
        if (m.contains("comment")) {
            return "comments are not allowed";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "leading zeros are not allowed";
        }
        if (m.contains("was expecting double-quote to start property name")) {
            return isTrailingCommaInObject(m) ? "trailing comma is not allowed" : "property names must be double-quoted strings";
        }
        if (m.contains("plus sign")) {
            return "invalid number: leading plus signs are not allowed";
        }
        if ((x = IN_NUMBER.matcher(m)).find()) {
            return "invalid number: " + lowerFirst(x.group(1).trim());
        }
        if ((x = UNEXPECTED_CHAR.matcher(m)).find()) {
            return unexpectedCharacter(x.group(1).charAt(0), parser);
        }
        if ((x = UNRECOGNIZED.matcher(m)).find()) {
            return "unrecognized token '" + echo(x.group(1)) + "'";
        }
        if ((x = CONTROL_CHAR.matcher(m)).find()) {
            return String.format(Locale.ROOT, "control character U+%04X must be escaped in strings", Integer.parseInt(x.group(1)));
        }
        if ((x = BAD_ESCAPE.matcher(m)).find()) {
            return "invalid escape sequence '\\" + x.group(1) + "'";
        }
        if (e instanceof UnexpectedEndOfInputException || m.startsWith("Unexpected end-of-input")) {
            return "unexpected end of input";
        }
        return "invalid JSON (" + echo(m.replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").trim()) + ")";
    }

    private static String unexpectedCharacter(char c, JsonParser parser) {
        if (c == '\'') {
            return "single quotes are not allowed (strings use double quotes)";
        }
        TokenStreamContext context = parser == null ? null : parser.streamReadContext();
        if (c == ']' && context != null && context.inArray() && context.getEntryCount() > 0) {
            return "trailing comma is not allowed";
        }
        return "unexpected character '" + printable(c) + "'";
    }

    private static boolean isTrailingCommaInObject(String message) {
        // '{}' is valid, so a '}' where a name must start can only follow a comma.
        return message.startsWith("Unexpected character ('}'");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** User text echoed into a message: one line, bounded length. */
    static String echo(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(MAX_ECHO).forEach(cp -> b.append(cp < 0x20 ? "?" : new String(Character.toChars(cp))));
        return s.codePointCount(0, s.length()) > MAX_ECHO ? b + "..." : b.toString();
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F ? String.format(Locale.ROOT, "U+%04X", (int) c) : String.valueOf(c);
    }
}
