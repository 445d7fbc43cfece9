package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.requests.RequestView;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests at the kiosk (issue 17): Chinese names without an IME, an address for mail, a big code, a printed receipt. */
class KioskRequestTest {
    @TempDir Path home;

    @Test
    void pinyin_offers_the_common_name_characters_exact_readings_first() {
        NamePicker p = new NamePicker("王李张章长刘", List.of("石门村"));
        assertThat(p.candidates("zhang")).startsWith("张", "章");
        assertThat(p.candidates("ZH")).contains("张", "章");
        assertThat(p.candidates("li")).first().isEqualTo("李");
        assertThat(p.candidates("shi")).contains("石");
        assertThat(p.candidates("")).isEmpty();
        assertThat(p.candidates("xyz")).isEmpty();
    }

    @Test
    void the_shipped_list_spells_common_surnames() {
        String listed = cn.gongkai.config.Messages.load(new ConfigFiles(new cn.gongkai.config.Home(home)))
                .get("kiosk.request.name_chars");
        NamePicker p = new NamePicker(listed, List.of());
        assertThat(p.candidates("wang")).first().isEqualTo("王");
        assertThat(p.candidates("chen")).first().isEqualTo("陈");
        assertThat(p.candidates("liu")).first().isEqualTo("刘");
    }

    @Test
    void a_name_spelt_by_keys_a_name_left_to_the_desk_and_an_address_for_mail() throws Exception {
        Path printer = home.resolve("printer");
        Files.createFile(printer);
        withPrinter("escpos_device: \"" + printer + "\"");
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            start(k);
            k.type("wang");
            assertThat(k.text()).contains("拼音：wang", "1 王");
            k.type("1");
            assertThat(k.text()).contains("▶ 王").doesNotContain("拼音：");
            k.key(KeyType.Backspace);
            assertThat(k.text()).doesNotContain("▶ 王");
            k.tap("留给工作人员填");
            assertThat(k.text()).contains("联系电话");
            k.type("13812345678");
            k.type("#");
            k.type("2025年低保名单");
            k.key(KeyType.Enter);
            k.tap("寄纸质的给我");
            assertThat(k.text()).contains("寄到哪里");
            k.assertAligned();
            k.key(KeyType.Enter);
            assertThat(k.text()).contains("请写一下寄到哪里");
            k.type("shi");
            k.tap("石");
            k.type("men");
            k.tap("门");
            k.type("cun");
            k.tap("村");
            k.type("3");
            k.type("zu");
            k.tap("组");
            assertThat(k.text()).contains("▶ 石门村3组");
            k.key(KeyType.Enter);
            assertThat(k.text()).contains("到服务台再填", "13812345678", "寄纸质的给我，地址：石门村3组");
            k.tap("提交申请");
            RequestView v = k.written().requests().list(false).get(0);
            assertThat(v.request().name()).isNull();
            // The address goes where Art. 29's check looks for it (issue 15): only the name, left to
            // the desk, is missing before staff can confirm receipt.
            assertThat(v.request().formWanted()).isEqualTo("寄纸质的给我");
            assertThat(v.request().address()).isEqualTo("石门村3组");
            assertThat(v.request().delivery()).isEqualTo(cn.gongkai.requests.DeliveryWanted.MAIL);
            assertThat(k.app.recordsForTest().requests().missing(v.request().id())).containsExactly("申请人姓名或名称");
            String code = v.request().receiptCode();
            String grouped = code.substring(0, 2) + " " + code.substring(2, 6) + " " + code.substring(6);
            assertThat(k.text()).contains("回执编号：" + grouped);
            // the big code: full-width characters in boxes, one box a group
            String big = code.substring(2, 6).chars().mapToObj(c -> " " + (char) (c - '0' + '０')).reduce("", String::concat);
            assertThat(k.text()).contains("│ Ｇ Ｋ │").contains(big);
            k.assertAligned();

            k.tap("打印回执");
            assertThat(k.text()).contains("回执已打印");
            byte[] sent = Files.readAllBytes(printer);
            Charset gb = Charset.forName("GB18030");
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.writeBytes(new byte[] {0x1B, 0x40, 0x1C, 0x26});               // ESC @, FS &
            expected.writeBytes(new byte[] {0x1B, 0x61, 0x01});                     // centred title
            expected.writeBytes("政府信息公开申请回执\n".getBytes(gb));
            expected.writeBytes(new byte[] {0x1B, 0x61, 0x00});
            assertThat(sent).startsWith(expected.toByteArray());
            byte[] codeLine = ("回执编号：" + grouped + "\n").getBytes(gb);
            assertThat(indexOf(sent, concat(new byte[] {0x1B, 0x61, 0x01, 0x1D, 0x21, 0x11}, codeLine,
                    new byte[] {0x1D, 0x21, 0x00}))).as("the code large and centred").isPositive();
            assertThat(new String(sent, gb)).contains("请带身份证到服务台出示");
            assertThat(sent).endsWith(0x1D, 0x56, 0x42, 0x03);                    // GS V: feed and cut
            assertThat(new String(sent, java.nio.charset.StandardCharsets.UTF_8)).as("not UTF-8").doesNotContain("回执");
        }
    }

    @Test
    void a_missing_printer_is_an_apology_not_a_file_in_dev() throws Exception {
        Path missing = home.resolve("no-such-printer");
        withPrinter("escpos_device: \"" + missing + "\"");
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            fileOne(k);
            k.tap("打印回执");
            assertThat(k.text()).contains("打印机没有响应");
            assertThat(missing).doesNotExist();
        }
    }

    @Test
    void a_cups_queue_gets_the_receipt_text_through_its_command() throws Exception {
        Path out = home.resolve("lp-out.txt");
        withPrinter("print_command: [sh, -c, \"cat > " + out + "\"]");
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            fileOne(k);
            k.tap("打印回执");
            assertThat(k.text()).contains("回执已打印");
            assertThat(Files.readString(out)).startsWith("政府信息公开申请回执").contains("回执编号：GK ");
        }
    }

    private void withPrinter(String line) throws Exception {
        String yaml = ConfigFiles.readDefault("kiosk.yaml").text();
        yaml = yaml.replace("  escpos_device: \"\"", "").replace("  print_command: []", "  " + line);
        Files.createDirectories(home.resolve("kiosk-config"));
        Files.writeString(home.resolve("kiosk-config/kiosk.yaml"), yaml);
    }

    private static void start(KioskHarness k) {
        k.tap("我要申请");
        k.tap("同意");
        k.tap("我自己");
    }

    private static void fileOne(KioskHarness k) {
        start(k);
        k.type("li");
        k.type("1");
        k.key(KeyType.Enter);
        k.type("13812345678");
        k.type("#");
        k.type("低保名单");
        k.key(KeyType.Enter);
        k.tap("到大厅领纸质的");
        k.tap("提交申请");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
