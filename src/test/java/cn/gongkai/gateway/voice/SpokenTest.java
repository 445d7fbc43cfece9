package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers, letters and brackets as a Mandarin speaker says them, by context. */
class SpokenTest {
    @TempDir static Path home;
    static Spoken spoken;

    @BeforeAll
    static void load() {
        spoken = new Spoken(Messages.load(new ConfigFiles(new Home(home))));
    }

    @Test
    void emergency_and_phone_numbers_are_read_digit_by_digit_with_yao() {
        assertThat(spoken.of("发现火情请立即打119")).isEqualTo("发现火情请立即打幺幺九");
        assertThat(spoken.of("急救电话120，报警110")).isEqualTo("急救电话幺二零，报警幺幺零");
        assertThat(spoken.of("市民热线12345")).isEqualTo("市民热线幺二三四五");
        assertThat(spoken.of("服务大厅电话 0421-0000000")).isEqualTo("服务大厅电话零四二幺，零零零零零零零");
    }

    @Test
    void amounts_years_dates_and_ordinals_are_read_as_numbers() {
        assertThat(spoken.of("2026年2月10日发布")).isEqualTo("二零二六年二月十日发布");
        assertThat(spoken.of("最少一年交300元，最多6000元，代交150元")).isEqualTo("最少一年交三百元，最多六千元，代交一百五十元");
        assertThat(spoken.of("第2条，共2个，2000元，10005人，11月")).isEqualTo("第二条，共两个，两千元，一万零五人，十一月");
        assertThat(spoken.of("每亩98.5元，百分之30")).isEqualTo("每亩九十八点五元，百分之三十");
        assertThat(spoken.of("请按1。回主菜单，请按0。")).isEqualTo("请按一。回主菜单，请按零。");
    }

    @Test
    void brackets_become_pauses_and_latin_letters_become_words() {
        assertThat(spoken.of("城乡居民养老保险（农保）每年交")).isEqualTo("城乡居民养老保险，农保，每年交");
        assertThat(spoken.of("下载APP办理")).isEqualTo("下载手机应用办理");
        assertThat(spoken.of("编号GK后面的8位")).isEqualTo("编号吉开后面的八位");
        assertThat(spoken.of("ＰＭ２.５超标")).isEqualTo("细颗粒物超标");
    }

    @Test
    void nothing_unspoken_is_left() {
        String s = spoken.of("依据青禾政发〔2024〕6号（第3条）、[附件](http://x.cn) **ABC** #12 <b>x</b> 5%");
        assertThat(s).doesNotContainPattern(Spoken.UNSPOKEN.pattern());
    }
}
