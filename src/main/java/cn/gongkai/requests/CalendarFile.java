package cn.gongkai.requests;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code kiosk-config/calendar.yaml}. Streams the YAML rather than binding it, so every
 * bad value is reported with its file and line: staff edit this file by hand once a year.
 */
public final class CalendarFile {

    public static final String NAME = "calendar.yaml";

    private final ConfigFiles.Source source;
    private final Set<Integer> years = new HashSet<>();
    private final Map<LocalDate, String> holidays = new HashMap<>();
    private final Set<LocalDate> workdays = new HashSet<>();

    private CalendarFile(ConfigFiles.Source source) {
        this.source = source;
    }

    public static WorkCalendar load(ConfigFiles files) {
        return parse(files.read(NAME));
    }

    public static WorkCalendar parse(ConfigFiles.Source source) {
        CalendarFile f = new CalendarFile(source);
        try (JsonParser p = new YAMLFactory().createParser(source.text())) {
            f.readYears(p);
        } catch (IOException e) {
            throw new UserException(source.location() + ": 不是有效的 YAML: " + firstLine(e.getMessage()), e);
        }
        return new WorkCalendar(f.years, f.holidays, f.workdays);
    }

    private void readYears(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            return; // an empty file: every year on weekdays, flagged
        }
        expect(p, t == JsonToken.START_OBJECT, "应以年份开头，例如 2026:");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int year;
            try {
                year = Integer.parseInt(p.currentName().trim());
            } catch (NumberFormatException e) {
                throw error(p, "\"" + p.currentName() + "\" 不是年份");
            }
            expect(p, year >= 2000 && year <= 2100, "年份 " + year + " 不合理");
            expect(p, years.add(year), year + " 年出现了两次");
            expect(p, p.nextToken() == JsonToken.START_OBJECT, year + " 年下应有 holidays: 和 workdays:");
            readYear(p, year);
        }
    }

    private void readYear(JsonParser p, int year) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (key.equals("holidays")) {
                if (t == JsonToken.VALUE_NULL) {
                    continue;
                }
                expect(p, t == JsonToken.START_OBJECT, "holidays 下应写 名称: 日期 或 名称: 起始日期 ~ 结束日期");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    addHoliday(p, year, name, p.getText());
                }
            } else if (key.equals("workdays")) {
                if (t == JsonToken.VALUE_NULL) {
                    continue;
                }
                expect(p, t == JsonToken.START_ARRAY, "workdays 下应逐行写调休上班的日期，如 - 2026-02-14");
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    LocalDate d = date(p, p.getText(), year);
                    DayOfWeek w = d.getDayOfWeek();
                    expect(p, w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY,
                            d + " 是周一至周五，本来就是工作日，不是调休上班日");
                    expect(p, !holidays.containsKey(d), d + " 既是节假日又是调休上班日");
                    workdays.add(d);
                }
            } else {
                throw error(p, "未知的项目 \"" + key + "\"，只能是 holidays 或 workdays");
            }
        }
    }

    private void addHoliday(JsonParser p, int year, String name, String value) {
        String[] parts = value == null ? new String[] {""} : value.split("~");
        expect(p, parts.length <= 2, "\"" + value + "\" 应为 日期 或 起始日期 ~ 结束日期");
        LocalDate from = date(p, parts[0], year);
        LocalDate to = parts.length == 2 ? date(p, parts[1], year) : from;
        expect(p, !to.isBefore(from), name + ": 结束日期 " + to + " 早于起始日期 " + from);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            expect(p, !workdays.contains(d), d + " 既是节假日又是调休上班日");
            holidays.put(d, name);
        }
    }

    private LocalDate date(JsonParser p, String text, int year) {
        String s = text == null ? "" : text.trim();
        LocalDate d;
        try {
            d = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(p, "\"" + s + "\" 不是日期，应写成 年-月-日，如 " + year + "-02-14");
        }
        expect(p, d.getYear() == year, d + " 不在 " + year + " 年内");
        return d;
    }

    private void expect(JsonParser p, boolean ok, String reason) {
        if (!ok) {
            throw error(p, reason);
        }
    }

    private UserException error(JsonParser p, String reason) {
        int line = p.currentTokenLocation().getLineNr();
        return new UserException(source.location() + " 第 " + line + " 行: " + reason);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
