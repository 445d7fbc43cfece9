package cn.gongkai.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A catalogue exported from a spreadsheet:
 * {@code id,title,category,type,published,agency,doc_no,villages,summary,body}. One bad row is
 * reported by its line number; the other rows still import.
 */
final class CsvReader {
    private static final List<String> REQUIRED = List.of("title");

    void read(String text, String source, List<Disclosure> out, List<ImportResult.Problem> problems) throws BadFile {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(t), format)) {
            for (String col : REQUIRED) {
                if (!parser.getHeaderMap().containsKey(col)) {
                    throw new BadFile("CSV 表头缺少 " + col + " 列 (应为 id,title,category,type,published,agency,doc_no,villages,summary,body)");
                }
            }
            for (CSVRecord row : parser) {
                String where = source + " 第 " + parser.getCurrentLineNumber() + " 行";
                try {
                    Map<String, String> f = new HashMap<>();
                    row.toMap().forEach((k, v) -> f.put(k.strip(), v));
                    String villages = f.getOrDefault("villages", "");
                    List<String> vs = villages.isBlank() ? List.of() : List.of(villages.split("[;；、,，]"));
                    out.add(Fields.build(f, vs, f.get("body"), null, where));
                } catch (BadFile e) {
                    problems.add(new ImportResult.Problem(where, e.getMessage()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new BadFile("CSV 格式错误: " + e.getMessage());
        }
    }
}
