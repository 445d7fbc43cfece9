package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, thirteenth round, the asker's village: a way between two villages is answered by the
 * plan naming both ends ({@link PlaceRoute}); a village's folk names (柳河屯, 王家堡子) come from its
 * name when villages.txt lists none; the asker's registered village's own notice is shown when
 * only its body says what was asked, and a named village's word split oddly (通组路完工) finds its
 * summary ({@link VillageOwn}); the village's own documents never push the district's answer off
 * the first screen ({@link VillageOwn#withDistrict}); whether a payment 到账 asks for the 一卡通
 * notice (dialect.txt). The questions here are in no eval set.
 */
class SearchRoundThirteenVillageTest {
    private static final String ROAD_PLAN = "QH-2025-0040";
    private static final String NANGOU_ACCOUNTS = "QH-2026-0011";
    private static final List<String> FLOOD = List.of("QH-2024-0005", "QH-2025-0016", "QH-2026-0009");
    @TempDir Path dir;

    @Test
    void a_way_between_two_villages_is_answered_by_the_plan_naming_both() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // Asked by a villager of one end, the other village's own road works must not come first.
            assertThat(ids(s, "从柳河到马家营子那段路今年修吗", "柳河村")).first().isEqualTo(ROAD_PLAN);
            assertThat(ids(s, "马家营子和柳河屯之间的公路啥时候开工", null)).first().isEqualTo(ROAD_PLAN);
            // One village named: its own road notices, as before.
            assertThat(ids(s, "马家营子村道修缮啥时候开工", null)).first().isEqualTo("QH-2026-0014");
        }
    }

    @Test
    void two_villages_make_a_way_only_when_joined_as_its_ends() {
        Villages v = Villages.parse("villages.txt", "柳河村: 柳河, 柳河屯\n马家营村: 马家营\n");
        assertThat(v.routeIn("柳河屯到马家营那条道")).get().asList()
                .extracting(m -> ((Villages.Mention) m).village()).containsExactly("柳河村", "马家营村");
        assertThat(v.routeIn("马家营村至柳河村联网路")).isPresent();
        // Two villages not joined, one village twice, or one alone: no way.
        assertThat(v.routeIn("柳河村的低保和马家营村的低保都发了吗")).isEmpty();
        assertThat(v.routeIn("柳河到柳河屯")).isEmpty();
        assertThat(v.routeIn("柳河屯到区里办事")).isEmpty();
    }

    @Test
    void folk_names_come_from_the_village_name_without_taking_another_village() {
        Villages v = Villages.parse("villages.txt", "王家堡村\n石门村: 石门\n石门子村\n");
        assertThat(v.findIn("王家堡屯修路").map(Villages.Mention::village)).contains("王家堡村");
        assertThat(v.findIn("王家堡子修路").map(Villages.Mention::village)).contains("王家堡村");
        assertThat(v.findIn("王家堡修路").map(Villages.Mention::village)).contains("王家堡村");
        // 石门子 is 石门子村's bare name, not 石门村's 子 form.
        assertThat(v.findIn("石门子修路").map(Villages.Mention::village)).contains("石门子村");
        assertThat(v.namings("王家堡村")).contains("王家堡村", "王家堡", "王家堡屯", "王家堡子");
    }

    @Test
    void the_registered_village_own_notice_said_only_in_its_body_is_shown() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            assertThat(ids(s, "滑坡监测员电话是多少", "南沟村")).contains(NANGOU_ACCOUNTS);
            // A registered village and one specific word: the notice's body alone says too little.
            assertThat(ids(s, "光伏板坏了找谁", "柳河村")).doesNotContain(NANGOU_ACCOUNTS);
        }
    }

    @Test
    void a_named_village_word_split_oddly_finds_its_summary() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            assertThat(ids(c.search(), "南沟子通组路修好没", null)).contains(NANGOU_ACCOUNTS);
        }
    }

    @Test
    void the_district_answer_keeps_a_place_beside_the_village_own() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            List<String> top = ids(c.search(), "柳河屯发大水了住河边的往哪躲", null);
            assertThat(top).hasSize(3).containsAnyElementsOf(FLOOD);
            // The village's own documents still come first.
            assertThat(c.search().get(top.get(0)).orElseThrow().villages()).contains("柳河村");
        }
    }

    @Test
    void whether_a_payment_arrived_asks_for_the_one_card_notice() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            // 到账 (a lexicon word for the 一卡通): the 到 of it is no question word to drop.
            assertThat(ids(c.search(), "补贴到账了没有上哪查", null)).contains("QH-2025-0037");
        }
    }

    private static List<String> ids(SearchService s, String q, String village) {
        return s.search(SearchRequest.of(q).withVillage(village).page(0, 3)).hits().stream()
                .map(h -> h.disclosure().id()).toList();
    }
}
