package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the passage of a document that best shows why it matched, and where the matched words
 * are in it. Works on the summary and body as plain text, so every channel gets the same
 * passage and marks it its own way.
 */
final class Snippets {
    static final int LENGTH = 80;
    /** Passages come from the opening of long documents; scanning all of a 100-page text costs too much. */
    private static final int SCAN_CHARS = 5000;

    /**
     * Plain text of recently shown summaries and bodies. Parsing Markdown for every hit of every
     * search was a fifth of a search's time, and the same documents are shown again and again;
     * keyed by the text itself, so a changed document is parsed afresh.
     */
    private static final PlainCache PLAIN = new PlainCache(4096);

    private Snippets() {}

    /** Lock-free; when full it starts over (the documents shown most come straight back). */
    private static final class PlainCache {
        private final int capacity;
        private final java.util.concurrent.ConcurrentHashMap<String, String> entries =
                new java.util.concurrent.ConcurrentHashMap<>();

        PlainCache(int capacity) {
            this.capacity = capacity;
        }

        String of(String markdown) {
            if (markdown == null || markdown.isEmpty()) {
                return Disclosure.plain(markdown);
            }
            String plain = entries.get(markdown);
            if (plain == null) {
                plain = Disclosure.plain(markdown);
                if (entries.size() >= capacity) {
                    entries.clear();
                }
                entries.put(markdown, plain);
            }
            return plain;
        }
    }

    record Snippet(String text, List<int[]> highlights) {}

    static Snippet make(Disclosure d, List<QueryPlan.Term> terms) {
        // Only the head of a long body is parsed: a snippet never looks further than SCAN_CHARS anyway.
        String body = d.body() == null ? "" : d.body();
        String head = body.length() > 2 * SCAN_CHARS ? body.substring(0, 2 * SCAN_CHARS) : body;
        String text = (PLAIN.of(d.summary()) + " " + PLAIN.of(head)).strip();
        if (text.length() > SCAN_CHARS) {
            text = text.substring(0, SCAN_CHARS);
        }
        List<int[]> spans = new ArrayList<>();
        for (QueryPlan.Term t : terms) {
            boolean literal = false;
            for (String alt : t.alternatives()) {
                literal |= findAll(text, alt, spans);
            }
            if (!literal && t.bySound()) {
                findBySound(text, t.text(), spans);
            }
        }
        if (spans.isEmpty()) {
            return new Snippet(cut(text, 0), List.of());
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
        // Start where the window of LENGTH chars covers the most matches.
        int bestStart = spans.get(0)[0];
        int bestCount = 0;
        for (int[] s : spans) {
            int count = 0;
            for (int[] o : spans) {
                if (o[0] >= s[0] && o[1] <= s[0] + LENGTH) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                bestStart = s[0];
            }
        }
        int start = Math.max(0, bestStart - 12);
        String snippet = cut(text, start);
        List<int[]> marks = new ArrayList<>();
        int lastEnd = -1;
        for (int[] s : spans) {
            int a = s[0] - start;
            int b = s[1] - start;
            if (a >= 0 && b <= snippet.length() && a >= lastEnd) {
                marks.add(new int[] {a, b});
                lastEnd = b;
            }
        }
        return new Snippet(snippet, marks);
    }

    private static String cut(String text, int start) {
        int end = Math.min(text.length(), start + LENGTH);
        return text.substring(start, end);
    }

    private static boolean findAll(String text, String word, List<int[]> spans) {
        boolean found = false;
        if (word.isEmpty()) {
            return false;
        }
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            spans.add(new int[] {i, i + word.length()});
            found = true;
        }
        return found;
    }

    /** A typed homophone (放火) marks the word it sounds like (防火). */
    private static void findBySound(String text, String word, List<int[]> spans) {
        int k = word.length();
        List<List<String>> want = new ArrayList<>(k);
        for (char c : word.toCharArray()) {
            List<String> r = Pinyin.readings(c);
            if (r.isEmpty()) {
                return;
            }
            want.add(r);
        }
        // Readings are looked up once per character of the text, then windows are compared.
        List<List<String>> have = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            have.add(Pinyin.readings(text.charAt(i)));
        }
        for (int i = 0; i + k <= text.length(); i++) {
            boolean same = true;
            for (int j = 0; j < k && same; j++) {
                List<String> h = have.get(i + j);
                same = !h.isEmpty() && h.stream().anyMatch(want.get(j)::contains);
            }
            if (same) {
                spans.add(new int[] {i, i + k});
                i += k - 1;
            }
        }
    }
}
