package cn.gongkai.kiosk;

import cn.gongkai.config.ConfigFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.TextColor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code kiosk-config/kiosk.yaml}: what a district sets for its hall. Every value is checked at
 * start-up; a bad one stops the kiosk with the file, line and reason, never a stack trace.
 */
record KioskConfig(
        String hallName,
        List<MenuItem> menu,
        List<String> hotWords,
        Duration menuIdle,
        Duration readingIdle,
        Palette palette,
        String fontName,
        int fontSize,
        List<String> readAloudCommand,
        List<String> exitKeys,
        String pin,
        List<String> printCommand,
        String kioskName,
        Duration phoneAfter,
        java.nio.file.Path escposDevice) {

    static final int MAX_MENU = 5;
    static final int MAX_HOT_WORDS = 4;
    static final int MIN_FONT = 30;

    /** One home-screen button: its label and the disclosure categories it gathers. */
    record MenuItem(String label, int order, List<String> categories) {}

    static KioskConfig load(ConfigFiles files) {
        return parse(files.read("kiosk.yaml"));
    }

    static KioskConfig parse(ConfigFiles.Source source) {
        YamlLines y = YamlLines.parse(source);
        if (y.root() == null || !y.root().isObject()) {
            throw y.error("", "文件应是\"名称: 值\"的设置列表");
        }
        String hall = text(y, "/hall/name", 40);
        List<MenuItem> menu = menu(y);
        List<String> hot = strings(y, "/hot_words", 0, MAX_HOT_WORDS);
        int menuIdle = number(y, "/idle/menu_seconds", 10, 3600);
        int readingIdle = number(y, "/idle/reading_seconds", 10, 7200);
        if (readingIdle < menuIdle) {
            throw y.error("/idle/reading_seconds", "阅读时的等待时间不能比菜单的短 (" + menuIdle + " 秒)");
        }
        Palette palette = new Palette(color(y, "/colors/text"), color(y, "/colors/background"),
                color(y, "/colors/emphasis"), color(y, "/colors/button_text"), color(y, "/colors/button_background"),
                color(y, "/colors/focus_text"), color(y, "/colors/focus_background"));
        contrast(y, "/colors/text", palette.text(), palette.background());
        contrast(y, "/colors/emphasis", palette.emphasis(), palette.background());
        contrast(y, "/colors/button_text", palette.buttonText(), palette.buttonBackground());
        contrast(y, "/colors/focus_text", palette.focusText(), palette.focusBackground());
        String font = text(y, "/swing/font", 100);
        int size = number(y, "/swing/size", MIN_FONT, 200);
        List<String> speak = strings(y, "/read_aloud/command", 0, 30);
        List<String> keys = strings(y, "/staff/exit_keys", 2, 10);
        for (int i = 0; i < keys.size(); i++) {
            if (!StaffKeys.valid(keys.get(i))) {
                throw y.error("/staff/exit_keys/" + i, "不认识的键名 \"" + keys.get(i) + "\" (可写 F1 到 F12、Escape 或单个字符)");
            }
        }
        String pin = y.at("/staff/pin").asText("");
        if (!pin.matches("\\d{4,8}")) {
            throw y.error("/staff/pin", "密码应为 4 到 8 位数字");
        }
        List<String> print = strings(y, "/receipt/print_command", 0, 30);
        // Older district files have no call_staff section: the defaults keep them working.
        String kioskName = y.at("/call_staff/kiosk_name").isMissingNode() ? "大厅自助机" : text(y, "/call_staff/kiosk_name", 20);
        int phoneAfter = y.at("/call_staff/phone_after_minutes").isMissingNode() ? 3
                : number(y, "/call_staff/phone_after_minutes", 1, 60);
        return new KioskConfig(hall, menu, hot, Duration.ofSeconds(menuIdle), Duration.ofSeconds(readingIdle), palette,
                font, size, speak, keys, pin, print, kioskName, Duration.ofMinutes(phoneAfter), escposDevice(y));
    }

    /** The thermal printer's device file, or null: absent or empty means no ESC/POS printer. */
    private static java.nio.file.Path escposDevice(YamlLines y) {
        JsonNode n = y.at("/receipt/escpos_device");
        if (n.isMissingNode() || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        if (!n.isValueNode() || !n.asText().strip().startsWith("/")) {
            throw y.error("/receipt/escpos_device", "应为打印机设备文件的完整路径，如 /dev/usb/lp0");
        }
        return java.nio.file.Path.of(n.asText().strip());
    }

    private static List<MenuItem> menu(YamlLines y) {
        JsonNode node = y.at("/menu");
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_MENU) {
            throw y.error("/menu", "应列出 1 到 " + MAX_MENU + " 个类别按钮");
        }
        List<MenuItem> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "/menu/" + i;
            out.add(new MenuItem(text(y, at + "/label", 8), number(y, at + "/order", 0, 1000),
                    strings(y, at + "/categories", 1, 20)));
        }
        out.sort(Comparator.comparingInt(MenuItem::order));
        return List.copyOf(out);
    }

    private static String text(YamlLines y, String at, int maxChars) {
        JsonNode n = y.at(at);
        if (!n.isValueNode() || n.asText().isBlank()) {
            throw y.error(at, "缺少这一项，或者它是空的");
        }
        String s = cn.gongkai.corpus.Text.inert(n.asText()).strip();
        if (s.length() > maxChars) {
            throw y.error(at, "太长了 (最多 " + maxChars + " 个字)");
        }
        return s;
    }

    private static int number(YamlLines y, String at, int min, int max) {
        JsonNode n = y.at(at);
        if (!n.canConvertToInt() || !(n.isNumber() || n.asText().matches("\\d+"))) {
            throw y.error(at, "应为一个整数");
        }
        int v = n.asInt();
        if (v < min || v > max) {
            throw y.error(at, "应在 " + min + " 到 " + max + " 之间，现在是 " + v);
        }
        return v;
    }

    private static List<String> strings(YamlLines y, String at, int min, int max) {
        JsonNode n = y.at(at);
        if (n.isMissingNode() && min == 0) {
            return List.of();
        }
        if (!n.isArray() || n.size() < min || n.size() > max) {
            throw y.error(at, "应为 [ ] 里的一列文字，" + min + " 到 " + max + " 项");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isValueNode() || n.get(i).asText().isBlank()) {
                throw y.error(at + "/" + i, "应为一段文字");
            }
            out.add(cn.gongkai.corpus.Text.inert(n.get(i).asText()).strip());
        }
        return List.copyOf(out);
    }

    private static TextColor.RGB color(YamlLines y, String at) {
        String s = y.at(at).asText("");
        if (!s.matches("#[0-9a-fA-F]{6}")) {
            throw y.error(at, "颜色应写成 #RRGGBB，例如 #FFFFFF");
        }
        return new TextColor.RGB(Integer.parseInt(s.substring(1, 3), 16), Integer.parseInt(s.substring(3, 5), 16),
                Integer.parseInt(s.substring(5, 7), 16));
    }

    private static void contrast(YamlLines y, String at, TextColor.RGB fg, TextColor.RGB bg) {
        double ratio = Palette.contrast(fg, bg);
        if (ratio < Palette.MIN_CONTRAST) {
            throw y.error(at, String.format("文字和底色对比度只有 %.1f:1，至少要 4.5:1，老人才看得清", ratio));
        }
    }
}
