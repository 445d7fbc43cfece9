package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile disclosure files (bad YAML, binary, huge, escapes, path ids, broken UTF-8, YAML alias
 * bombs): the import never crashes, names every file it refuses, and indexes the rest.
 */
class DisclosureFuzzTest {
    static final int FILES = 1200;
    @TempDir Path folder;
    @TempDir Path home;

    @Test
    void a_thousand_hostile_files_never_crash_the_import_and_every_refusal_is_named() throws IOException {
        Random r = new Random(20261127);
        for (int i = 0; i < FILES; i++) {
            write(i, r);
        }
        ImportResult result = new Importer().read(List.of(folder));
        Set<String> named = new HashSet<>();
        for (ImportResult.Problem p : result.problems()) {
            assertThat(p.reason()).isNotBlank().doesNotContain("Exception");
            named.add(Path.of(p.path().replaceAll(" 第 \\d+ 行$", "")).getFileName().toString());
        }
        Set<String> imported = new HashSet<>();
        for (Disclosure d : result.disclosures()) {
            assertThat(d.id()).doesNotContain("/").doesNotContain("..");
            assertThat(d.title() + d.body()).doesNotContain("\u001b").doesNotContain("\u0007");
            imported.add(Path.of(d.source()).getFileName().toString());
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                assertThat(named.contains(name) || imported.contains(name)).as(name).isTrue();
            }
        }
        assertThat(result.disclosures()).isNotEmpty();
        assertThat(result.problems().size()).isGreaterThan(FILES / 4);

        new IndexBuilder(new Home(home).indexDir()).build(result.disclosures(), true);
        try (Corpus c = Corpus.open(new Home(home), TestHomes.CLOCK)) {
            assertThat(c.size()).isEqualTo(result.disclosures().size());
            c.search().search(SearchRequest.of("防火"));
        }
    }

    private void write(int i, Random r) throws IOException {
        Path f = folder.resolve("f" + i + (i % 17 == 0 ? ".html" : i % 19 == 0 ? ".csv" : ".md"));
        switch (i % 12) {
            case 0 -> Files.writeString(f, "---\nid: ok-" + i + "\ntitle: 正常标题" + i + "\npublished: 2025-01-0" + (1 + i % 9)
                    + "\n---\n森林防火正文" + randomText(r, 200));
            case 1 -> Files.writeString(f, "---\ntitle: [unclosed\nid: {a: \n---\nx");
            case 2 -> {
                byte[] b = new byte[512 + r.nextInt(4096)];
                r.nextBytes(b);
                Files.write(f, b);
            }
            case 3 -> Files.writeString(f, "---\nid: ../../etc/passwd" + i + "\ntitle: 路径\n---\nx");
            case 4 -> Files.writeString(f, "---\nid: esc-" + i + "\ntitle: \"\\e[31m红\\e[0m\\a" + i + "\"\n---\n\u001b]0;pwned\u0007正文\u001b[2J"
                    + randomText(r, 100));
            case 5 -> Files.write(f, new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE6, (byte) 0x9D,
                    '\n', '-', '-', '-', '\n'});
            case 6 -> Files.writeString(f, "---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                    + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: bomb\n---\nx");
            case 7 -> Files.writeString(f, "---\nid: big-" + i + "\ntitle: 大文件\n---\n" + "长".repeat(i % 24 == 7 ? 2_100_000 : 250_000));
            case 8 -> Files.writeString(f, randomText(r, 1 + r.nextInt(3000)));
            case 9 -> Files.writeString(f, "---\nid: date-" + i + "\ntitle: 日期\npublished: " + randomText(r, 8) + "\nvillages: {x: 1}\n---\n");
            case 10 -> Files.writeString(f, "---\n" + "title: " + "标".repeat(400) + "\n---\n");
            default -> Files.writeString(f, "---\nid: \"" + randomText(r, 12).replace("\"", "") + "\"\ntitle: \"" + randomText(r, 20)
                    .replace("\"", "").replace("\\", "") + "\"\n---\n" + randomText(r, 500), StandardCharsets.UTF_8);
        }
    }

    /** Any code points, including controls, surrogate-pair emoji and private use. */
    private static String randomText(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int kind = r.nextInt(6);
            int cp = switch (kind) {
                case 0 -> r.nextInt(0x20);
                case 1 -> 0x4E00 + r.nextInt(0x5000);
                case 2 -> 0x1F300 + r.nextInt(0x300);
                case 3 -> 0xE000 + r.nextInt(0x1000);
                default -> 0x20 + r.nextInt(0x60);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
