package dev.benchproof.io;

import dev.benchproof.BadInputException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.benchproof.io.EpisodeRecords.ExtraColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpisodeRecordsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private String fail(String name, String text) throws IOException {
        return fail(name, text, ExtraColumns.REJECT);
    }

    private String fail(String name, String text, ExtraColumns extra) throws IOException {
        Path file = write(name, text);
        return assertThrows(BadInputException.class, () -> EpisodeRecords.read(file, extra)).getMessage()
                .replace(dir + "/", "");
    }

    @Test
    void csvCellsAreMeanRewardsWithRowsAndColumnsSorted() throws IOException {
        RunMatrix m = EpisodeRecords.read(write("a.csv", """
                seed,task,reward,episode
                2,walker,1.0,0
                1,walker,2.0,0
                1,hopper,3,0
                2,hopper,5,0
                1,walker,4.0,1
                2,hopper,7e0,1
                """), ExtraColumns.REJECT);
        assertEquals(List.of("hopper", "walker"), m.tasks());
        assertEquals(List.of("1", "2"), m.seeds());
        assertArrayEquals(new double[] {3, 3}, m.meanReward()[0]);
        assertArrayEquals(new double[] {6, 1}, m.meanReward()[1]);
        assertArrayEquals(new long[] {1, 2}, m.episodes()[0]);
        assertEquals(6, m.totalEpisodes());
        assertNull(m.meanSafetyPenalty());
    }

    @Test
    void jsonLinesGiveTheSameMatrixAsCsvAndIntegerSeedsNameTheSameRunAsStrings() throws IOException {
        RunMatrix csv = EpisodeRecords.read(write("a.csv", "task,seed,reward,safety_penalty\r\nw,7,1.5,0.5\r\nw,\"7\",2.5,1\r\n"),
                ExtraColumns.REJECT);
        RunMatrix jsonl = EpisodeRecords.read(write("a.jsonl", """
                {"task": "w", "seed": 7, "reward": 1.5, "safety_penalty": 0.5}
                {"task": "w", "seed": "7", "reward": 2.5, "safety_penalty": 1}
                """), ExtraColumns.REJECT);
        for (RunMatrix m : List.of(csv, jsonl)) {
            assertEquals(List.of("7"), m.seeds());
            assertArrayEquals(new double[] {2.0}, m.meanReward()[0]);
            assertArrayEquals(new double[] {0.75}, m.meanSafetyPenalty()[0]);
        }
    }

    @Test
    void compensatedSumsKeepTheMeanExact() throws IOException {
        StringBuilder text = new StringBuilder("task,seed,reward\n");
        text.append("t,1,1e16\n");
        for (int i = 0; i < 1000; i++) {
            text.append("t,1,1\n");
        }
        text.append("t,1,-1e16\n");
        RunMatrix m = EpisodeRecords.read(write("c.csv", text.toString()), ExtraColumns.REJECT);
        assertEquals(1000.0 / 1002, m.meanReward()[0][0], 1e-15);
    }

    @Test
    void extraColumnsAreRejectedUnlessIgnored() throws IOException {
        String csv = "task,seed,reward,wall_time\nt,1,0.5,12\n";
        assertEquals("x.csv:1:18: unknown column \"wall_time\" (expected task, seed, reward, episode, safety_penalty;"
                + " --ignore-extra-columns skips others)", fail("x.csv", csv));
        assertEquals(0.5, EpisodeRecords.read(dir.resolve("x.csv"), ExtraColumns.IGNORE).meanReward()[0][0]);
        String jsonl = "{\"task\": \"t\", \"seed\": 1, \"reward\": 0.5, \"info\": {\"a\": [1, 2]}}\n";
        assertEquals("x.jsonl:1:41: unknown key \"info\" (expected task, seed, reward, episode, safety_penalty;"
                + " --ignore-extra-columns skips others)", fail("x.jsonl", jsonl));
        assertEquals(0.5, EpisodeRecords.read(dir.resolve("x.jsonl"), ExtraColumns.IGNORE).meanReward()[0][0]);
    }

    @Test
    void aMissingSeedTaskPairIsNamed() throws IOException {
        assertEquals("m.csv: seed \"2\" has no episodes of task \"hopper\": every seed needs every task",
                fail("m.csv", "task,seed,reward\nwalker,1,1\nhopper,1,1\nwalker,2,1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "reward not a number        | task,seed,reward\\nt,1,abc\\n       | b.csv:2:5: reward must be a finite number, found \"abc\"",
        "NaN reward                 | task,seed,reward\\nt,1,NaN\\n       | b.csv:2:5: reward must be a finite number, found \"NaN\"",
        "reward beyond 1e100        | task,seed,reward\\nt,1,1e101\\n     | b.csv:2:5: reward is out of range: its magnitude must be at most 1e100",
        "empty reward               | task,seed,reward\\nt,1,\\n          | b.csv:2:5: reward must be a finite number, found \"\"",
        "blank task                 | task,seed,reward\\n ,1,1\\n         | b.csv:2:1: task must be a non-blank string",
        "negative episode           | task,seed,reward,episode\\nt,1,1,-1\\n | b.csv:2:7: episode must be an integer >= 0, found \"-1\"",
        "too few fields             | task,seed,reward\\nt,1\\n           | b.csv:2:1: record has 2 fields, the header 3",
        "blank line                 | task,seed,reward\\nt,1,1\\n\\nt,1,2\\n | b.csv:3:1: blank line: every line after the header is one record",
        "missing reward column      | task,seed\\nt,1\\n                  | b.csv:1:1: header lacks the required column \"reward\"",
        "duplicate column           | task,seed,reward,seed\\n            | b.csv:1:18: duplicate column \"seed\"",
        "unterminated quote         | task,seed,reward\\n\"t,1,1\\n       | b.csv:2:1: unterminated quoted field (line breaks inside quotes are not allowed)",
        "header only                | task,seed,reward\\n                 | b.csv: no episode records",
    })
    void badCsvRecordsNameLineColumnAndRule(String rule, String text, String message) throws IOException {
        assertEquals(message, fail("b.csv", text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "reward as string   | {\"task\":\"t\",\"seed\":1,\"reward\":\"1\"}\\n                 | b.jsonl:1:31: reward must be a finite number",
        "seed as float      | {\"task\":\"t\",\"seed\":1.5,\"reward\":1}\\n                  | b.jsonl:1:20: seed must be a non-blank string or an integer",
        "reward missing     | {\"task\":\"t\",\"seed\":1}\\n                              | b.jsonl:1:1: record lacks the required key \"reward\"",
        "two on one line    | {\"task\":\"t\",\"seed\":1,\"reward\":1} {\"task\":\"t\",\"seed\":1,\"reward\":1}\\n | b.jsonl:1:34: a second record on the same line",
        "record across lines| {\"task\":\"t\",\\n\"seed\":1,\"reward\":1}\\n                  | b.jsonl:2:20: a record must end on the line it starts on",
        "not an object      | [1,2]\\n                                                 | b.jsonl:1:1: each line must be one JSON object (an episode record)",
        "duplicate key      | {\"task\":\"t\",\"task\":\"u\",\"seed\":1,\"reward\":1}\\n      | b.jsonl:1:19: duplicate key \"task\"",
        "safety in one only | {\"task\":\"t\",\"seed\":1,\"reward\":1,\"safety_penalty\":0}\\n{\"task\":\"t\",\"seed\":1,\"reward\":1}\\n | b.jsonl:2:1: safety_penalty is missing: line 1 has one, so every record needs one",
        "blank line         | {\"task\":\"t\",\"seed\":1,\"reward\":1}\\n\\n{\"task\":\"t\",\"seed\":1,\"reward\":1}\\n | b.jsonl:2:1: blank line: every line is one record",
        "empty file         | ''                                                     | b.jsonl: no episode records",
    })
    void badJsonLinesRecordsNameLineColumnAndRule(String rule, String text, String message) throws IOException {
        assertEquals(message, fail("b.jsonl", text.replace("\\n", "\n")));
    }

    @Test
    void theExtensionChoosesTheFormat() throws IOException {
        assertEquals("r.txt: episode records must be a .csv, .jsonl or .ndjson file", fail("r.txt", "task,seed,reward\n"));
        assertEquals(1.0, EpisodeRecords.read(write("r.ndjson", "{\"task\":\"t\",\"seed\":\"s\",\"reward\":1}\n"),
                ExtraColumns.REJECT).meanReward()[0][0]);
    }

    @Test
    void limitsBoundSeedsAndTasks() throws IOException {
        Path file = write("l.csv", "task,seed,reward\nt,1,1\nt,2,1\nt,3,1\n");
        EpisodeRecords.Limits limits = new EpisodeRecords.Limits(1 << 20, 1024, 100, 10, 2, 100);
        assertEquals("l.csv:4: more than 2 distinct seeds", assertThrows(BadInputException.class,
                () -> EpisodeRecords.read(file, ExtraColumns.REJECT, limits)).getMessage().replace(dir + "/", ""));
    }

    @Test
    void differentTaskSetsAcrossArmsAreNamed() throws IOException {
        RunMatrix a = EpisodeRecords.read(write("a.csv", "task,seed,reward\nt,1,1\nu,1,1\n"), ExtraColumns.REJECT);
        RunMatrix b = EpisodeRecords.read(write("b.csv", "task,seed,reward\nt,1,1\n"), ExtraColumns.REJECT);
        String message = assertThrows(BadInputException.class, () -> RunMatrix.requireSameTasks(a, b)).getMessage()
                .replace(dir + "/", "");
        assertEquals("b.csv: task \"u\" of a.csv has no episodes: both arms need the same tasks", message);
    }
}
