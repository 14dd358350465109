package dev.benchproof.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference tables in {@code src/test/resources/reference/}, written by
 * {@code scripts/reference/make_reference.py}: '#' comment lines (SciPy version and call), one
 * tab-separated header row, then data rows.
 */
final class Reference {
    /** Relative tolerance for values SciPy computes with a different but equivalent algorithm. */
    static final double TOLERANCE = 1e-9;

    private static final Map<String, Pair> DATASETS = loadDatasets();

    /** A pair of samples. */
    record Pair(double[] baseline, double[] trained) {
    }

    /** One data row: column name to text. */
    record Row(Map<String, String> cells) {
        String text(String column) {
            final String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column + " in " + cells);
            }
            return v;
        }

        double number(String column) {
            final String v = text(column);
            // Python's repr of infinity: the open end of a one-sided interval.
            return "inf".equals(v) ? Double.POSITIVE_INFINITY : "-inf".equals(v) ? Double.NEGATIVE_INFINITY
                : Double.parseDouble(v);
        }

        Alternative alternative() {
            return Alternative.valueOf(text("alternative"));
        }

        Pair dataset() {
            return Reference.dataset(text("dataset"));
        }

        @Override
        public String toString() {
            return cells.toString();
        }
    }

    private Reference() {
    }

    static Pair dataset(String name) {
        final Pair p = DATASETS.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no dataset " + name);
        }
        return p;
    }

    static List<Row> rows(String file) {
        final List<Row> rows = new ArrayList<>();
        try (InputStream in = Reference.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /reference/" + file);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                final String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                final Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(new Row(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Map<String, Pair> loadDatasets() {
        final Map<String, double[]> arms = new HashMap<>();
        for (Row row : rows("datasets.tsv")) {
            final String[] parts = row.text("values").split(",");
            final double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = Double.parseDouble(parts[i]);
            }
            arms.put(row.text("dataset") + "/" + row.text("arm"), values);
        }
        final Map<String, Pair> pairs = new HashMap<>();
        for (Map.Entry<String, double[]> e : arms.entrySet()) {
            if (e.getKey().endsWith("/baseline")) {
                final String name = e.getKey().substring(0, e.getKey().indexOf('/'));
                pairs.put(name, new Pair(e.getValue(), arms.get(name + "/trained")));
            }
        }
        return pairs;
    }
}
