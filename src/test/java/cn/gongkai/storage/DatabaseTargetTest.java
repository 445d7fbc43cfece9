package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.UserException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database a process opens (issue 19): unset is the home's SQLite file, as it always was. */
class DatabaseTargetTest {
    @TempDir Path home;

    @Test
    void nothing_set_is_the_sqlite_file_and_the_environment_wins_over_system_properties() {
        assertThat(DatabaseTarget.from(Map.of(), new Properties())).isEmpty();
        assertThat(DatabaseTarget.from(Map.of(DatabaseTarget.URL, "  "), new Properties())).isEmpty();
        Properties props = new Properties();
        props.setProperty("gongkai.database.url", "jdbc:postgresql://db-b/gongkai");
        assertThat(DatabaseTarget.from(Map.of(), props).orElseThrow().url()).isEqualTo("jdbc:postgresql://db-b/gongkai");
        DatabaseTarget env = DatabaseTarget.from(Map.of(DatabaseTarget.URL, "jdbc:postgresql://db-a:5432/gongkai?password=s3cret",
                DatabaseTarget.USER, "gongkai", DatabaseTarget.PASSWORD, "pw"), props).orElseThrow();
        assertThat(env.user()).isEqualTo("gongkai");
        assertThat(env.password()).isEqualTo("pw");
        // what a log or a message may show: no query string, which can carry a password
        assertThat(env.shown()).isEqualTo("jdbc:postgresql://db-a:5432/gongkai");
        assertThat(env.toString()).doesNotContain("s3cret").doesNotContain("pw");
        assertThat(new DatabaseTarget("jdbc:postgresql://gongkai:s3cret@db-a:5432/gongkai", null, null).shown())
                .isEqualTo("jdbc:postgresql://gongkai@db-a:5432/gongkai");
    }

    @Test
    void a_url_that_is_not_postgresql_is_refused_in_one_line() {
        assertThatThrownBy(() -> DatabaseTarget.from(Map.of(DatabaseTarget.URL, "jdbc:sqlite:/tmp/x.db"), new Properties()))
                .isInstanceOf(UserException.class).hasMessage(DatabaseTarget.URL + " 须以 jdbc:postgresql:// 开头");
    }

    @Test
    void a_server_that_does_not_answer_is_one_polite_line_without_the_password() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DatabaseTarget nowhere = new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + closed + "/gongkai?password=s3cret",
                "gongkai", "s3cret");
        assertThatThrownBy(() -> Database.open(home.resolve("data/gongkai.db"), nowhere))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("无法连接数据库 jdbc:postgresql://127.0.0.1:" + closed + "/gongkai：")
                .hasMessageNotContaining("s3cret").hasMessageNotContaining("\n");
    }
}
