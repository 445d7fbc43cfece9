package cn.gongkai.bench;

import cn.gongkai.corpus.Disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates N disclosures shaped like the sample (for benchmarks only): titles, sentences,
 * categories and villages recombined from the bundled sample with a fixed seed, so every run
 * indexes the same text.
 */
public final class SyntheticCorpus {
    private final List<Disclosure> seed;
    private final List<String> sentences = new ArrayList<>();
    private final List<String> villages = List.of("石门村", "柳河村", "东岭村", "西坡村", "南沟村", "北台村", "杏花村", "马家营村");

    public SyntheticCorpus(List<Disclosure> seed) {
        if (seed.isEmpty()) {
            throw new IllegalArgumentException("no seed disclosures");
        }
        this.seed = seed;
        for (Disclosure d : seed) {
            for (String s : Disclosure.plain(d.body()).split("(?<=[。；！？])")) {
                if (s.length() >= 8) {
                    sentences.add(s.strip());
                }
            }
        }
    }

    public List<Disclosure> generate(int n, long randomSeed) {
        Random r = new Random(randomSeed);
        List<Disclosure> out = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < n; i++) {
            Disclosure base = seed.get(r.nextInt(seed.size()));
            StringBuilder body = new StringBuilder();
            int count = 4 + r.nextInt(8);
            for (int k = 0; k < count; k++) {
                body.append(sentences.get(r.nextInt(sentences.size())));
                if (k % 3 == 2) {
                    body.append("\n\n");
                }
            }
            LocalDate published = start.plusDays(r.nextInt(4000));
            List<String> vs = r.nextInt(6) == 0 ? List.of(villages.get(r.nextInt(villages.size()))) : List.of();
            String title = base.title().replaceAll("20\\d\\d", String.valueOf(published.getYear()));
            out.add(new Disclosure("SYN-" + i, title + (r.nextBoolean() ? "" : "(第" + (i % 97 + 1) + "批)"),
                    null, null, base.agency(), base.category(), base.type(), published,
                    r.nextInt(40) == 0 ? published.plusDays(365) : null, vs,
                    r.nextInt(3) == 0 ? null : base.summary(), body.toString(), "synthetic"));
        }
        return out;
    }
}
