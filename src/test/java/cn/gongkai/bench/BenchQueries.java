package cn.gongkai.bench;

import cn.gongkai.corpus.Corpus;

import java.util.List;
import java.util.Random;

/** The benchmark's query mix (titles, colloquial words, typos, initials, nonsense) for other tests. */
public final class BenchQueries {
    private BenchQueries() {}

    public static List<String> mix(Corpus corpus) {
        return BenchCommand.queryMix(corpus.all(), new Random(7));
    }
}
