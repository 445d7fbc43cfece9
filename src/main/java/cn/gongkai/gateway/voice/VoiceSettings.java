package cn.gongkai.gateway.voice;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code voice:} section of {@code kiosk-config/kiosk.yaml}, with the category menu and hot
 * words the kiosk also uses. Every value is checked at start-up; a bad one names file and key.
 *
 * @param maxSayChars no single {@code <Say>} is longer: a sentence an old person can hold in mind
 * @param answerChars how much of a disclosure's plain summary is read out
 * @param lowConfidence below this speech-recognition confidence the caller is asked to confirm
 * @param staffPhone the number {@code 0} connects to in office hours; null: always a message
 */
public record VoiceSettings(Say.Voice voice, Say.Language sayLanguage, Gather.Language speechLanguage,
        int maxSayChars, int answerChars, double lowConfidence, int gatherTimeout, int messageSeconds,
        String staffPhone, Set<DayOfWeek> officeDays, LocalTime officeFrom, LocalTime officeTo, ZoneId zone,
        List<MenuItem> menu, List<String> hotWords) {

    /** One category button of kiosk.yaml's menu: its label and the disclosure categories it gathers. */
    public record MenuItem(String label, List<String> categories) {}

    /** Whether {@code 0} connects to the staff phone at this moment (office days and hours only). */
    public boolean staffAvailable(java.time.Instant now) {
        return staffAvailable(now, cn.gongkai.requests.WorkCalendar.weekdaysOnly());
    }

    /**
     * The same, minding public holidays and the weekend days made working days (调休): an office
     * day that is a holiday is closed, an adjusted working Saturday is open.
     */
    public boolean staffAvailable(java.time.Instant now, cn.gongkai.requests.WorkCalendar calendar) {
        if (staffPhone == null) {
            return false;
        }
        ZonedDateTime t = now.atZone(zone);
        LocalTime time = t.toLocalTime();
        java.time.LocalDate day = t.toLocalDate();
        boolean weekend = t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean adjustedWorkday = weekend && calendar.isWorkingDay(day);
        boolean open = (officeDays.contains(t.getDayOfWeek()) && calendar.holidayName(day) == null) || adjustedWorkday;
        return open && !time.isBefore(officeFrom) && time.isBefore(officeTo);
    }

    public static VoiceSettings load(ConfigFiles config) {
        ConfigFiles.Source src = config.read("kiosk.yaml");
        JsonNode root = ConfigFiles.yaml(src);
        JsonNode v = root == null || root.get("voice") == null ? mapper().createObjectNode() : root.get("voice");
        Reader r = new Reader(src.location() + " voice.", v);
        JsonNode hours = v.path("office_hours");
        Reader h = new Reader(src.location() + " voice.office_hours.", hours);
        String phone = r.text("staff_phone", "");
        Say.Voice voice = r.choice("say_voice", "Polly.Zhiyu", Say.Voice.values());
        Say.Language language = r.choice("say_language", "cmn-CN", Say.Language.values());
        // Twilio's text-to-speech table lists Amazon Polly's Mandarin voice (Zhiyu) for cmn-CN
        // only; another language with it fails the <Say>, and the caller hears nothing.
        if (voice.toString().startsWith("Polly.Zhiyu") && language != Say.Language.CMN_CN) {
            throw new UserException(src.location() + " voice.say_language: " + voice + " 只能配 cmn-CN, 现在是 \""
                    + language + "\"");
        }
        return new VoiceSettings(
                voice,
                language,
                r.choice("speech_language", "cmn-Hans-CN", Gather.Language.values()),
                r.number("max_say_chars", 80, 20, 400),
                r.number("answer_chars", 200, 40, 1000),
                r.fraction("low_confidence", 0.5),
                r.number("gather_timeout", 6, 2, 30),
                r.number("message_seconds", 120, 10, 600),
                phone.isBlank() ? null : phone.strip(),
                h.days("days"),
                h.time("from", "08:30"),
                h.time("to", "17:30"),
                r.zone("time_zone", "Asia/Shanghai"),
                menu(root),
                strings(root == null ? null : root.get("hot_words")));
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper();
    }

    private static List<MenuItem> menu(JsonNode root) {
        List<MenuItem> items = new ArrayList<>();
        JsonNode menu = root == null ? null : root.get("menu");
        if (menu == null || !menu.isArray()) {
            return items;
        }
        List<JsonNode> sorted = new ArrayList<>();
        menu.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparingInt(n -> n.path("order").asInt(0)));
        for (JsonNode n : sorted) {
            String label = n.path("label").asText("").strip();
            if (!label.isEmpty()) {
                items.add(new MenuItem(label, strings(n.get("categories"))));
            }
        }
        return List.copyOf(items.subList(0, Math.min(items.size(), 8))); // keys 1..8; 9 repeats, 0 goes back
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> {
                if (!x.asText("").isBlank()) {
                    out.add(x.asText().strip());
                }
            });
        }
        return List.copyOf(out);
    }

    /** Reads one section's values, or the default when a key is absent. */
    private record Reader(String where, JsonNode node) {
        String text(String key, String dflt) {
            JsonNode x = node.get(key);
            return x == null || x.isNull() ? dflt : x.asText();
        }

        int number(String key, int dflt, int min, int max) {
            JsonNode x = node.get(key);
            if (x == null || x.isNull()) {
                return dflt;
            }
            if (!x.isIntegralNumber() || x.asInt() < min || x.asInt() > max) {
                throw new UserException(where + key + ": 应为 " + min + " 到 " + max + " 之间的整数, 现在是 \"" + x.asText() + "\"");
            }
            return x.asInt();
        }

        double fraction(String key, double dflt) {
            JsonNode x = node.get(key);
            if (x == null || x.isNull()) {
                return dflt;
            }
            if (!x.isNumber() || x.asDouble() < 0 || x.asDouble() > 1) {
                throw new UserException(where + key + ": 应为 0 到 1 之间的数, 现在是 \"" + x.asText() + "\"");
            }
            return x.asDouble();
        }

        /** A Twilio enum by the value TwiML writes ({@code Polly.Zhiyu}, {@code zh-CN}, {@code cmn-Hans-CN}). */
        <T> T choice(String key, String dflt, T[] values) {
            String want = text(key, dflt).strip();
            for (T t : values) {
                if (t.toString().equalsIgnoreCase(want)) {
                    return t;
                }
            }
            throw new UserException(where + key + ": Twilio 不认识 \"" + want + "\"");
        }

        LocalTime time(String key, String dflt) {
            String t = text(key, dflt).strip();
            try {
                return LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException e) {
                throw new UserException(where + key + ": 应写成 08:30 这样的时间, 现在是 \"" + t + "\"");
            }
        }

        Set<DayOfWeek> days(String key) {
            JsonNode x = node.get(key);
            if (x == null || x.isNull()) {
                return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            }
            Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
            for (JsonNode d : x) {
                if (!d.isIntegralNumber() || d.asInt() < 1 || d.asInt() > 7) {
                    throw new UserException(where + key + ": 星期几写 1 到 7 (1 是星期一), 现在有 \"" + d.asText() + "\"");
                }
                out.add(DayOfWeek.of(d.asInt()));
            }
            return out;
        }

        ZoneId zone(String key, String dflt) {
            String z = text(key, dflt).strip();
            try {
                return ZoneId.of(z);
            } catch (java.time.DateTimeException e) {
                throw new UserException(where + key + ": 不认识的时区 \"" + z + "\"");
            }
        }
    }
}
