package cn.gongkai.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.storage.Database;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes' indexes in one process, on one real SQLite file: what one node saves in the
 * database, the other's follower indexes into its own folder; a synonym added through one is
 * searched with by the other.
 */
class IndexFollowerTest {
    @TempDir Path home;

    private static final String MARKDOWN = """
            ---
            id: QH-2026-9901
            title: 翡翠湾渡口维修工程竣工验收公示
            agency: 青禾镇人民政府
            type: 公示
            published: "2026-11-20"
            ---
            翡翠湾渡口维修工程已于本月完工，经验收合格，现予公示。
            """;

    @Test
    void a_disclosure_and_a_synonym_saved_through_one_node_are_searched_on_the_other() {
        TestHomes.sample(home).close();
        Database db = Database.open(new Home(home));
        SharedContent shared = new SharedContent(db, Clock.systemUTC());
        NodeName a = NodeName.of("a", java.util.Map.of());
        try (Corpus corpus = Corpus.open(new Home(home), a.indexDir(new Home(home), null), Clock.systemUTC(),
                new CompositeMeterRegistry())) {
            assertThat(corpus.indexDir()).isEqualTo(home.resolve("nodes/a/index"));
            IndexFollower follower = new IndexFollower(shared, corpus, corpus.bodies(), -1);
            follower.follow();
            long before = corpus.size();
            assertThat(ids(corpus, "翡翠湾渡口")).doesNotContain("QH-2026-9901");
            assertThat(follower.follow()).as("nothing changed").isFalse();

            shared.disclosure("QH-2026-9901", MARKDOWN, "王芳"); // what node b's console does
            long t0 = System.nanoTime();
            assertThat(follower.follow()).isTrue();
            long millis = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("[index follower] one disclosure applied in " + millis + " ms");
            assertThat(ids(corpus, "翡翠湾渡口")).contains("QH-2026-9901");
            assertThat(corpus.size()).isEqualTo(before + 1);

            assertThat(ids(corpus, "摆渡码头")).doesNotContain("QH-2026-9901");
            shared.synonym("摆渡码头, 渡口", "王芳");
            assertThat(follower.follow()).isTrue();
            assertThat(ids(corpus, "摆渡码头")).contains("QH-2026-9901");
            assertThat(shared.version()).isEqualTo(2);
            shared.disclosure("QH-2026-9902", MARKDOWN.replace("9901", "9902"), "王芳");
            long t1 = System.nanoTime();
            assertThat(follower.follow()).isTrue();
            System.out.println("[index follower] a second one (warm) applied in " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        }
    }

    @Test
    void a_node_name_is_checked_and_names_the_index_folder() {
        Home h = new Home(home);
        assertThat(NodeName.of(null, java.util.Map.of("GONGKAI_NODE", "node-2")).indexDir(h, null))
                .isEqualTo(home.resolve("nodes/node-2/index"));
        assertThat(NodeName.of(null, java.util.Map.of()).given()).isFalse();
        assertThat(NodeName.of(null, java.util.Map.of()).indexDir(h, null)).isEqualTo(h.indexDir());
        assertThat(NodeName.of("b", java.util.Map.of()).indexDir(h, home.resolve("x"))).isEqualTo(home.resolve("x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NodeName.of("../etc", java.util.Map.of()))
                .hasMessageContaining("节点名");
    }

    private static List<String> ids(Corpus corpus, String q) {
        return corpus.search().search(new SearchRequest(q, null, null, null, null, null, 0, 20)).hits().stream()
                .map(h -> h.disclosure().id()).toList();
    }
}
