package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {
    @TempDir Path home;

    private List<Disclosure> good() {
        return new Importer().read(List.of(TestHomes.resource("/import/good"))).disclosures();
    }

    /** Indexes written before 2026-12-01 store the record as text, later ones as UTF-8 bytes: both read back the same. */
    @Test
    void a_record_stored_as_text_reads_as_the_same_disclosure_as_one_stored_as_bytes() throws IOException {
        Disclosure d = good().get(0);
        org.apache.lucene.document.Document before = new org.apache.lucene.document.Document();
        before.add(new org.apache.lucene.document.StoredField(Schema.RECORD, Schema.JSON.writeValueAsString(d)));
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(before);
            w.addDocument(Schema.document(d));
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                var stored = r.storedFields();
                assertThat(stored.document(1).getBinaryValue(Schema.RECORD)).isNotNull();
                assertThat(stored.document(0).getBinaryValue(Schema.RECORD)).isNull();
                assertThat(Schema.record(stored.document(1))).isEqualTo(d);
                assertThat(Schema.record(stored.document(0))).isEqualTo(d);
            }
        }
    }

    @Test
    void importing_the_same_files_twice_never_duplicates() {
        IndexBuilder b = new IndexBuilder(new Home(home).indexDir());
        b.build(good(), false);
        IndexBuilder.Outcome second = b.build(good(), false);
        assertThat(second.total()).isEqualTo(8);
        try (Corpus c = TestHomes.sample(home)) {
            assertThat(c.size()).isEqualTo(8);
            assertThat(c.search().search(SearchRequest.of("森林防火")).total()).isEqualTo(2);
        }
    }

    @Test
    void a_rebuild_given_an_id_twice_keeps_the_later_document_once() {
        List<Disclosure> docs = new java.util.ArrayList<>(good());
        Disclosure first = docs.get(0);
        docs.add(new Disclosure(first.id(), "鸭绿江大桥维修公告", first.docNo(), first.indexNo(), first.agency(),
                first.category(), first.type(), first.published(), first.repealed(), first.villages(), first.summary(),
                first.body(), first.source(), first.written(), first.lead(), first.bodyId()));
        assertThat(IndexBuilder.lastOfEachId(docs)).hasSize(8).last().isSameAs(docs.get(8));
        assertThat(IndexBuilder.lastOfEachId(good())).hasSize(8);
        IndexBuilder.Outcome built = new IndexBuilder(new Home(home).indexDir()).build(docs, true);
        assertThat(built.total()).isEqualTo(8);
        try (Corpus c = TestHomes.sample(home)) {
            assertThat(c.search().search(SearchRequest.of("鸭绿江大桥")).hits())
                    .extracting(h -> h.disclosure().id()).containsExactly(first.id());
        }
    }

    @Test
    void a_running_reader_switches_to_a_rebuilt_index_without_restart() {
        IndexBuilder b = new IndexBuilder(new Home(home).indexDir());
        List<Disclosure> docs = good();
        b.build(docs.subList(0, 3), true);
        try (Corpus c = TestHomes.sample(home)) {
            assertThat(c.size()).isEqualTo(3);
            b.build(docs, true);
            // Until it looks again the reader keeps the old, complete index.
            assertThat(c.size()).isIn(3, 8);
            c.refresh();
            assertThat(c.size()).isEqualTo(8);
        }
    }

    @Test
    void incremental_import_adds_to_and_replaces_in_the_current_index() {
        IndexBuilder b = new IndexBuilder(new Home(home).indexDir());
        List<Disclosure> docs = good();
        b.build(docs.subList(0, 4), true);
        Disclosure first = docs.get(0);
        Disclosure changed = new Disclosure(first.id(), "改过的标题", null, null, null, null, null, first.published(),
                null, List.of(), null, "新正文", "test");
        IndexBuilder.Outcome o = b.build(List.of(changed, docs.get(5)), false);
        assertThat(o.total()).isEqualTo(5);
        try (Corpus c = TestHomes.sample(home)) {
            assertThat(c.get(first.id())).get().extracting(Disclosure::title).isEqualTo("改过的标题");
        }
    }

    /** The sound field lost its positions; an index written before keeps them for documents added to it. */
    @Test
    void an_index_written_with_sound_positions_takes_new_documents() throws IOException {
        Path indexDir = new Home(home).indexDir();
        IndexStore store = new IndexStore(indexDir);
        Path gen = store.newGeneration();
        List<Disclosure> docs = good();
        try (FSDirectory d = FSDirectory.open(gen);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.analyzer()))) {
            for (Disclosure x : docs.subList(0, 4)) {
                w.addDocument(Schema.document(x, false, Schema.SOUND_TYPE_WITH_POSITIONS));
            }
        }
        store.publish(gen);
        IndexBuilder.Outcome o = new IndexBuilder(indexDir).build(docs.subList(4, 6), false);
        assertThat(o.total()).isEqualTo(6);
        IndexBuilder.Outcome rebuilt = new IndexBuilder(indexDir).build(docs, true);
        assertThat(rebuilt.total()).isEqualTo(8);
        try (FSDirectory d = FSDirectory.open(new IndexBuilder(indexDir).currentGeneration().orElseThrow());
                DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(FieldInfos.getMergedFieldInfos(r).fieldInfo(Schema.SOUND).getIndexOptions())
                    .isEqualTo(IndexOptions.DOCS_AND_FREQS);
        }
        try (Corpus c = TestHomes.sample(home)) {
            assertThat(c.search().search(SearchRequest.of("森林放火")).total()).isEqualTo(2);
        }
    }

    @Test
    void an_unfinished_generation_left_by_a_killed_build_is_ignored_then_cleaned() throws IOException {
        IndexBuilder b = new IndexBuilder(new Home(home).indexDir());
        b.build(good(), true);
        Path junk = Files.createDirectories(home.resolve("index/gen-29991231T000000000"));
        Files.writeString(junk.resolve("segments_1"), "half written");
        try (Corpus c = TestHomes.sample(home)) {
            assertThat(c.size()).isEqualTo(8);
        }
        b.build(good(), true);
        assertThat(junk).doesNotExist();
    }

    @Test
    void nothing_readable_keeps_the_old_index() {
        IndexBuilder b = new IndexBuilder(new Home(home).indexDir());
        b.build(good(), true);
        Path before = b.currentGeneration().orElseThrow();
        IndexBuilder.Outcome o = b.build(List.of(), true);
        assertThat(o.published()).isFalse();
        assertThat(b.currentGeneration()).contains(before);
    }
}
